package org.conflictgraph.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.conflictgraph.neo4j.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database goes away mid-service and comes back (the embedded DBMS stopped and restarted in-process, where
 * no Docker engine runs for a Testcontainers drill): requests fail with a 503 problem and write nothing, then
 * succeed again on the same Bolt URI without restarting the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"conflict-graph.test.shared-dbms=false", "conflict-graph.neo4j.embedded=true",
                "conflict-graph.neo4j.page-cache=32m"})
class DatabaseOutageTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4j dbms;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("conflict-graph-outage");
        registry.add("conflict-graph.data-dir", dir::toString);
    }

    @Test
    void anOutageGives503AndTheServiceRecoversWhenTheDatabaseIsBack() throws Exception {
        HttpResponse<String> before = post("Rebels attacked a convoy near the border on Monday, officials said.");
        assertThat(before.statusCode()).isEqualTo(201);

        dbms.stop();
        try {
            HttpResponse<String> during = post("Troops clashed with militants in the north on Tuesday, the army said.");
            assertThat(during.statusCode()).isEqualTo(503);
            assertThat(during.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).contains("application/problem+json"));
            assertThat(during.headers().firstValue("Retry-After")).isPresent();
            assertThat(during.body()).contains("database-unavailable");
        } finally {
            dbms.restart();
        }

        HttpResponse<String> after = post("Troops clashed with militants in the north on Tuesday, the army said.");
        assertThat(after.statusCode()).isEqualTo(201);
        JsonNode list = JSON.readTree(get("/api/articles?limit=50").body());
        assertThat(list.get("items").size()).as("the article refused during the outage was not half-written")
                .isEqualTo(2);
        String id = JSON.readTree(after.body()).get("id").asString();
        assertThat(get("/api/articles/" + id + "/extraction").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String text) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/articles?filename=outage.txt"))
                .header("Content-Type", "text/plain; charset=utf-8").timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.ofString("Outage drill\n\n" + text)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
