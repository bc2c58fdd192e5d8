package org.conflictgraph.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic with the users of {@link SecurityProperties} and the role table of DESIGN.md:
 * <table>
 *   <caption>who may do what</caption>
 *   <tr><td>researcher</td><td>every GET, {@code POST /api/cypher}, {@code POST /api/queries/{name}}, exports</td></tr>
 *   <tr><td>analyst</td><td>researcher + review, claim/event/relation corrections, merge/split</td></tr>
 *   <tr><td>ingest</td><td>researcher + {@code POST /api/articles}, bulk, jobs</td></tr>
 *   <tr><td>admin</td><td>everything, incl. {@code DELETE /api/articles/{id}}, re-extraction, import</td></tr>
 * </table>
 * Health, the API docs and the static relationship view need no role. With no users configured everything is open
 * (the service then binds to 127.0.0.1, see {@link OpenServiceBinding}) and a warning says so. CSRF protection is
 * off for {@code /api/**}: its clients authenticate every request with HTTP Basic, not with cookies; no session is
 * created.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    /** Reachable without a role even when users are configured. */
    static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
            "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/", "/index.html", "/webjars/**", "/app/**",
            "/favicon.ico", "/error"};

    private static final String[] EVERY_ROLE = {"RESEARCHER", "ANALYST", "INGEST", "ADMIN"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties,
                                            @Value("${server.address:}") String address) throws Exception {
        var problems = new ProblemResponses();
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (properties.open()) {
            log.warn("No users configured (conflict-graph.security.users): the API is OPEN to anyone who can reach "
                    + "{}. Configure users to require HTTP Basic and roles.", address.isBlank() ? "this port" : address);
            http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
            return http.build();
        }
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(PUBLIC).permitAll()
                // researcher: every read, read-only Cypher, named queries, exports
                .requestMatchers(GET, "/**").hasAnyRole(EVERY_ROLE)
                .requestMatchers(HEAD, "/**").hasAnyRole(EVERY_ROLE)
                .requestMatchers(POST, "/api/cypher", "/api/queries/*").hasAnyRole(EVERY_ROLE)
                // analyst: review and corrections
                .requestMatchers(PUT, "/api/events/*/review").hasAnyRole("ANALYST", "ADMIN")
                .requestMatchers(PATCH, "/api/claims/*").hasAnyRole("ANALYST", "ADMIN")
                .requestMatchers(DELETE, "/api/events/*", "/api/relations/*").hasAnyRole("ANALYST", "ADMIN")
                .requestMatchers(POST, "/api/entities/*/merge", "/api/entities/*/split").hasAnyRole("ANALYST", "ADMIN")
                .requestMatchers(POST, "/api/audit/*/undo").hasAnyRole("ANALYST", "ADMIN")
                // ingest: articles, bulk, jobs
                .requestMatchers(POST, "/api/articles", "/api/articles/bulk").hasAnyRole("INGEST", "ADMIN")
                .requestMatchers("/api/jobs", "/api/jobs/**").hasAnyRole("INGEST", "ADMIN")
                // admin: everything else (DELETE /api/articles/{id}, /api/admin/**, POST /api/import, ...)
                .anyRequest().hasRole("ADMIN"));
        log.info("HTTP Basic required for {} configured user(s)", properties.users().size());
        return http.build();
    }

    @Bean
    UserDetailsService userDetailsService(SecurityProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        for (var u : properties.users()) {
            if (u.name() == null || u.name().isBlank() || u.passwordHash() == null || u.passwordHash().isBlank()) {
                throw new IllegalStateException("Every conflict-graph.security.users[i] needs a name and a "
                        + "password-hash (bcrypt).");
            }
            if (u.roles() == null || u.roles().isEmpty()) {
                throw new IllegalStateException("User '" + u.name() + "' has no roles; give it researcher, "
                        + "analyst, ingest and/or admin.");
            }
            users.add(User.withUsername(u.name()).password(u.passwordHash())
                    .roles(u.roles().stream().map(Role::parse).map(Role::name).toArray(String[]::new)).build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    /** bcrypt for bare hashes ({@code $2a$...}); {@code {id}}-prefixed hashes go to their own encoder. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }
}
