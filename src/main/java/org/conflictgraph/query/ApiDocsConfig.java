package org.conflictgraph.query;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header ({@code /v3/api-docs}, {@code /swagger-ui.html}), with HTTP Basic declared. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    @Bean
    OpenAPI conflictGraphOpenApi() {
        return new OpenAPI()
                .info(new Info().title("conflict-graph API").version("1")
                        .description("""
                                News articles about armed conflict kept as a graph of claimed events: who claims \
                                each event, with what stance (asserts / hedges / denies), and how well it stands. \
                                Lists answer {items, next} with ?limit= (default 50, max 500) and an opaque cursor. \
                                Errors are RFC 9457 problem JSON with stable type URIs. With users configured, \
                                every endpoint but health and these docs needs HTTP Basic: researcher (reads, \
                                Cypher, named queries, exports), analyst (+ review and corrections), ingest \
                                (+ articles, bulk, jobs), admin (everything).""")
                        .license(new License().name("see the repository")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
