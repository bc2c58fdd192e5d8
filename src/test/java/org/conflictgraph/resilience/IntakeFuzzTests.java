package org.conflictgraph.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Fuzzed intake: random bytes, random Unicode, truncated HTML, huge attribute values, deeply nested JSON, each
 * posted for real. Every answer is a 2xx or a problem response, never a 500; a refused body writes nothing, an
 * accepted one is written whole (article with its extraction). Inputs are sampled from jqwik arbitraries; a
 * failing sample is described in the assertion message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeFuzzTests {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Sample(String contentType, byte[] body) {
    }

    @Test
    void randomBytesNeverCauseA500OrAPartialWrite() throws Exception {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
        Arbitrary<String> types = Arbitraries.of("text/plain", "text/html", "application/json",
                "text/plain; charset=utf-8", "text/plain; charset=iso-8859-1", "application/octet-stream");
        check(bytes.flatMap(b -> types.map(t -> new Sample(t, b))).sampleStream().limit(60).toList());
    }

    @Test
    void randomUnicodeTextNeverCausesA500OrAPartialWrite() throws Exception {
        Arbitrary<String> text = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(400);
        check(text.map(s -> new Sample("text/plain; charset=utf-8", s.getBytes(StandardCharsets.UTF_8)))
                .sampleStream().limit(25).toList());
    }

    @Test
    void malformedHtmlAndJsonNeverCauseA500OrAPartialWrite() throws Exception {
        String page = "<html><head><title>Clash in the valley</title></head><body><article><h1>Clash</h1>"
                + "<p>Government forces clashed with rebels near the river on Sunday, officials said.</p>"
                + "<p>At least five people were killed.</p></article></body></html>";
        Arbitrary<Sample> truncatedHtml = Arbitraries.integers().between(0, page.length())
                .map(n -> new Sample("text/html", page.substring(0, n).getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Sample> hugeAttribute = Arbitraries.integers().between(1_000, 400_000)
                .map(n -> new Sample("text/html", ("<html><body><div data-x=\"" + "x".repeat(n) + "\">"
                        + "<p>Short text.</p></div></body></html>").getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Sample> nestedJson = Arbitraries.integers().between(1, 5_000)
                .map(n -> new Sample("application/json", ("{\"body\":" + "[".repeat(n) + "1" + "]".repeat(n) + "}")
                        .getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Sample> brokenJson = Arbitraries.strings().withChars("{}[]\":,abody0 ").ofMaxLength(60)
                .map(s -> new Sample("application/json", s.getBytes(StandardCharsets.UTF_8)));
        check(Arbitraries.oneOf(truncatedHtml, hugeAttribute, nestedJson, brokenJson).sampleStream().limit(60).toList());
    }

    private void check(List<Sample> samples) throws Exception {
        assertThat(samples).isNotEmpty();
        for (Sample sample : samples) {
            long nodesBefore = count("MATCH (n) RETURN count(n) AS n");
            long extractionsBefore = count("MATCH (:Article)-[:HAS_EXTRACTION]->(x) RETURN count(x) AS n");
            long articlesBefore = count("MATCH (a:Article) RETURN count(a) AS n");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/articles?filename=fuzz"))
                    .header("Content-Type", sample.contentType()).timeout(Duration.ofMinutes(3))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(sample.body())).build(),
                    HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String what = sample.contentType() + " body of " + sample.body().length + " bytes -> " + status + " "
                    + response.body().substring(0, Math.min(300, response.body().length()));
            assertThat(status).as(what).isLessThan(500);
            if (status >= 400) {
                assertThat(response.headers().firstValue("Content-Type")).as(what)
                        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
                assertThat(count("MATCH (n) RETURN count(n) AS n")).as("nothing written: " + what)
                        .isEqualTo(nodesBefore);
            } else {
                long articlesAfter = count("MATCH (a:Article) RETURN count(a) AS n");
                long extractionsAfter = count("MATCH (:Article)-[:HAS_EXTRACTION]->(x) RETURN count(x) AS n");
                assertThat(extractionsAfter - extractionsBefore).as("every new article has its extraction: " + what)
                        .isEqualTo(articlesAfter - articlesBefore);
            }
        }
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
    }
}
