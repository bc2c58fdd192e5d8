package org.conflictgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same code against an external Neo4j server: no embedded DBMS starts, the schema is applied there.
 * Skipped where no Docker engine runs (as on the development machines); runs where one does.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {"conflict-graph.test.shared-dbms=false", "conflict-graph.neo4j.embedded=false"})
class ExternalNeo4jTests {

    /** Must equal the image of the neo4j service in docker-compose.yml (checked by DockerComposeTests). */
    static final String NEO4J_IMAGE = "neo4j:2025.10.1-community";

    @Container
    @ServiceConnection
    static Neo4jContainer neo4j = new Neo4jContainer(NEO4J_IMAGE).withoutAuthentication();

    @Autowired
    ApplicationContext context;

    @Autowired
    Driver driver;

    @Test
    void runsAgainstTheExternalServerWithoutAnEmbeddedDbms() {
        assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
        long migrations = driver.executableQuery("MATCH (m:SchemaMigration) RETURN count(m) AS n").execute()
                .records().getFirst().get("n").asLong();
        assertThat(migrations).isGreaterThanOrEqualTo(2);
    }
}
