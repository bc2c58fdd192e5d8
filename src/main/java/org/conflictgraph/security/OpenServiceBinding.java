package org.conflictgraph.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * An open service (no users configured) listens on 127.0.0.1 only, unless {@code server.address} says otherwise
 * explicitly: nobody else on the network can then reach an unauthenticated API.
 */
public class OpenServiceBinding implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "conflictGraphOpenServiceBinding";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("server.address") || usersConfigured(environment)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME,
                Map.of("server.address", "127.0.0.1")));
    }

    static boolean usersConfigured(ConfigurableEnvironment environment) {
        return !Binder.get(environment)
                .bind("conflict-graph.security.users", Bindable.listOf(SecurityProperties.User.class))
                .orElse(List.of()).isEmpty();
    }
}
