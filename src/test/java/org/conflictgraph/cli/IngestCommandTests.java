package org.conflictgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI against a stub service on the loopback: what it posts, how it reports, its exit code. */
class IngestCommandTests {

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/articles", this::answer);
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    /** New for "new", duplicate for "dup", a problem for "bad", busy once for "busy". */
    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(exchange.getRequestMethod() + " " + query + " " + exchange.getRequestHeaders().getFirst("Content-Type")
                + " " + body.strip());
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        int status;
        String json;
        if (body.contains("bad")) {
            status = 400;
            json = "{\"type\":\"https://conflict-graph.org/problems/empty-body\",\"title\":\"Empty article\","
                    + "\"detail\":\"Send the article's text.\"}";
        } else if (body.contains("busy") && requests.stream().filter(r -> r.contains("busy")).count() == 1) {
            status = 429;
            json = "{\"title\":\"Busy\"}";
            exchange.getResponseHeaders().add("Retry-After", "1");
        } else if (body.contains("dup")) {
            status = 200;
            json = "{\"id\":\"a1\",\"duplicate\":true}";
        } else {
            status = 201;
            json = "{\"id\":\"a" + requests.size() + "\",\"duplicate\":false}";
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private int run(Map<String, String> env, String... args) {
        return new IngestCommand(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void walksFoldersPostsEachArticleAndJsonlLineByLineAndSucceeds() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.txt"), "new story one");
        Files.writeString(dir.resolve("sub").resolve("b.html"), "<p>new story two</p>");
        Files.writeString(dir.resolve("c.jsonl"), "{\"body\":\"new three\"}\n\n{\"body\":\"dup four\"}\n");
        Files.writeString(dir.resolve("notes.md"), "ignored");

        int code = run(Map.of(), dir.toString(), "--url", url());

        assertThat(code).isZero();
        assertThat(requests).hasSize(4);
        assertThat(requests).anySatisfy(r -> assertThat(r).startsWith("POST filename=a.txt text/plain new story one"));
        assertThat(requests).anySatisfy(r -> assertThat(r).startsWith("POST filename=b.html text/html"));
        assertThat(requests).anySatisfy(r -> assertThat(r).startsWith("POST filename=c.jsonl&line=1 application/json"));
        assertThat(requests).anySatisfy(r -> assertThat(r).startsWith("POST filename=c.jsonl&line=3 application/json"));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("new 3, duplicate 1, failed 0");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ingest").contains("4/4");
    }

    @Test
    void aFailureIsReportedWithItsReasonAndGivesANonZeroExit() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "new story");
        Files.writeString(dir.resolve("bad.txt"), "bad story");

        int code = run(Map.of(), dir.toString(), "--url", url() + "/");

        assertThat(code).isEqualTo(1);
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("new 1, duplicate 0, failed 1");
        assertThat(summary).contains("FAILED " + dir.resolve("bad.txt") + ": HTTP 400 Empty article: Send the article's text.");
    }

    @Test
    void aBusyServiceIsRetriedAfterRetryAfter() throws IOException {
        Files.writeString(dir.resolve("x.txt"), "busy story");
        assertThat(run(Map.of(), dir.resolve("x.txt").toString(), "--url", url())).isZero();
        assertThat(requests).hasSize(2);
    }

    @Test
    void theUserAuthenticatesWithThePasswordFromTheEnvironment() throws IOException {
        Files.writeString(dir.resolve("x.txt"), "new story");
        assertThat(run(Map.of(IngestCommand.PASSWORD_VARIABLE, "s3cret"), dir.toString(), "--url", url(),
                "--user", "ingest")).isZero();
        assertThat(authorizations).containsExactly("Basic aW5nZXN0OnMzY3JldA==");
        assertThat(run(Map.of(), dir.toString(), "--url", url(), "--user", "ingest")).isEqualTo(2);
    }

    @Test
    void anUnreachableServiceFailsEveryArticle() throws IOException {
        Files.writeString(dir.resolve("x.txt"), "new story");
        server.stop(0);
        assertThat(run(Map.of(), dir.toString(), "--url", url())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("failed 1").contains("cannot reach");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run(Map.of())).isEqualTo(2);
        assertThat(run(Map.of(), "--bogus", "x")).isEqualTo(2);
        assertThat(run(Map.of(), dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }
}
