package org.conflictgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so the compose file is checked as YAML. */
class DockerComposeTests {

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheAppAgainstTheSameNeo4jImageTheExternalTestUses() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("neo4j", "app");
        assertThat(services.get("neo4j").get("image"))
                .isEqualTo(ExternalNeo4jTests.NEO4J_IMAGE);
        assertThat(services.get("neo4j")).containsKeys("healthcheck", "volumes");
        var appEnv = (Map<String, Object>) services.get("app").get("environment");
        assertThat(appEnv).containsEntry("CONFLICTGRAPH_NEO4J_EMBEDDED", "false")
                .containsEntry("SPRING_NEO4J_URI", "bolt://neo4j:7687");
    }
}
