package org.conflictgraph.neo4j;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code conflict-graph.neo4j.embedded=true} (the default) starts the DBMS in this JVM and points
 * Spring's driver at its Bolt port. Spring destroys beans after it has stopped the web server, so the DBMS
 * shuts down last.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "conflict-graph.neo4j.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedNeo4jConfig {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(Neo4jSettings settings) {
        return EmbeddedNeo4j.start(settings.dataDir(), settings.neo4j().boltPort(),
                EmbeddedNeo4j.parseSize(settings.neo4j().pageCache()));
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j neo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return neo4j.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
