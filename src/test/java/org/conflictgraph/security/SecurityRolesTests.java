package org.conflictgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The role table of DESIGN.md with users configured (bcrypt cost 4 keeps the test fast). Allowed requests carry
 * bodies or ids that fail validation, so the test starts no job and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "conflict-graph.security.users[0].name=rita",
        "conflict-graph.security.users[0].password-hash=$2a$04$ChkLqFws7j7/kej/Rw5VGOvrOMqFJRwpZwTZzvAmz0ieU.4Bo0xA2",
        "conflict-graph.security.users[0].roles=researcher",
        "conflict-graph.security.users[1].name=anna",
        "conflict-graph.security.users[1].password-hash={bcrypt}$2a$04$RN7ACseLQ3BS972c113Zo.Dii4DAEt1h.OdqN602rgXYSQ0117rpe",
        "conflict-graph.security.users[1].roles=analyst",
        "conflict-graph.security.users[2].name=ingo",
        "conflict-graph.security.users[2].password-hash=$2a$04$Rb376gfFJXR457k3lkGD8.4frckv2wDQ5U3GBu1ajcFvtT.GQjaHS",
        "conflict-graph.security.users[2].roles=INGEST",
        "conflict-graph.security.users[3].name=ada",
        "conflict-graph.security.users[3].password-hash=$2a$04$NZavHdNeQR.k9uJIoP7OSe5IxaWYemyBonvm/0Jo1fYprG1KE6S72",
        "conflict-graph.security.users[3].roles=admin"})
class SecurityRolesTests {

    @LocalServerPort
    int port;

    HttpResponse<String> call(String user, String method, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user + "-pw").getBytes()));
        }
        var body = method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(path.equals("/api/cypher") ? "{\"query\": \"RETURN 1\"}"
                : path.endsWith("/bulk") ? "[" : "{}"); // allowed writes fail validation: no side effects
        return HttpClient.newHttpClient().send(request.method(method, body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0} {1} {2} -> allowed={3}")
    @CsvSource(textBlock = """
            rita, GET,    /api/events,                    true
            rita, POST,   /api/cypher,                    true
            rita, POST,   /api/queries/most-cited-sources, true
            rita, GET,    /api/export?format=csv,         true
            rita, POST,   /api/articles,                  false
            rita, PUT,    /api/events/x/review,           false
            rita, PATCH,  /api/claims/x,                  false
            rita, DELETE, /api/articles/x,                false
            rita, POST,   /api/import,                    false
            anna, GET,    /api/events,                    true
            anna, PUT,    /api/events/x/review,           true
            anna, PATCH,  /api/claims/x,                  true
            anna, DELETE, /api/events/x,                  true
            anna, DELETE, /api/relations/x,               true
            anna, POST,   /api/entities/x/merge,          true
            anna, POST,   /api/entities/x/split,          true
            anna, POST,   /api/articles,                  false
            anna, DELETE, /api/articles/x,                false
            anna, POST,   /api/admin/reextract,           false
            ingo, GET,    /api/events,                    true
            ingo, POST,   /api/cypher,                    true
            ingo, POST,   /api/articles,                  true
            ingo, POST,   /api/articles/bulk,             true
            ingo, GET,    /api/jobs/x,                    true
            ingo, PUT,    /api/events/x/review,           false
            ingo, DELETE, /api/articles/x,                false
            ingo, POST,   /api/import,                    false
            ada,  DELETE, /api/articles/x,                true
            ada,  POST,   /api/admin/no-such-action,      true
            ada,  POST,   /api/import,                    true
            ada,  PUT,    /api/events/x/review,           true
            ada,  POST,   /api/articles,                  true
            """)
    void eachRoleMayDoExactlyWhatTheTableSays(String user, String method, String path, boolean allowed)
            throws Exception {
        var response = call(user, method, path);
        if (allowed) {
            assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
            assertThat(response.body()).contains("/problems/forbidden");
        }
    }

    @Test
    void withoutCredentialsTheApiAnswers401ProblemJson() throws Exception {
        var response = call(null, "GET", "/api/events");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        assertThat(response.body()).contains("/problems/unauthorized");
        assertThat(call(null, "POST", "/api/cypher").statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("rita:wrong".getBytes()))
                .build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void healthAndDocsNeedNoRole() throws Exception {
        assertThat(call(null, "GET", "/actuator/health").statusCode()).isEqualTo(200);
        assertThat(call(null, "GET", "/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(call(null, "GET", "/").statusCode()).isNotIn(401, 403);
        assertThat(call(null, "GET", "/actuator/info").statusCode()).isEqualTo(401);
    }
}
