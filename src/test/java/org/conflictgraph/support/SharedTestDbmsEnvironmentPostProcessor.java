package org.conflictgraph.support;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes every Spring context in the test JVM use {@link SharedTestDbms} (external mode over Bolt), so cached
 * test contexts share one database. A test that needs its own embedded DBMS (restart, locking) sets
 * {@code conflict-graph.test.shared-dbms=false}.
 */
public class SharedTestDbmsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if ("false".equals(environment.getProperty("conflict-graph.test.shared-dbms"))) {
            return;
        }
        var dbms = SharedTestDbms.get();
        environment.getPropertySources().addFirst(new MapPropertySource("sharedTestDbms", Map.of(
                "conflict-graph.neo4j.embedded", "false",
                "spring.neo4j.uri", dbms.boltUri().toString(),
                "spring.neo4j.authentication.username", "",
                "spring.neo4j.authentication.password", "")));
    }
}
