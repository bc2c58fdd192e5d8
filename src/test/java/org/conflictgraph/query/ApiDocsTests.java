package org.conflictgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsTests {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentListsTheQueryEndpoints() {
        var answer = new LocalApi(port).get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode doc = answer.json();
        assertThat(doc.get("info").get("title").asString()).isEqualTo("conflict-graph API");
        JsonNode paths = doc.get("paths");
        for (String path : new String[]{"/api/events", "/api/events/{id}", "/api/sources/{id}",
                "/api/graph/neighbourhood", "/api/cypher", "/api/queries", "/api/queries/{name}", "/api/export"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.get("/api/events").get("get").get("parameters").toString()).contains("\"stance\"");
        assertThat(paths.get("/api/cypher").get("post").get("summary").asString()).contains("read-only");
        assertThat(doc.get("components").get("securitySchemes").has("basic")).isTrue();
        assertThat(new LocalApi(port).get("/swagger-ui.html").status()).isLessThan(400);
    }
}
