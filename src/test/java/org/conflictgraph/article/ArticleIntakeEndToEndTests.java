package org.conflictgraph.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real service over HTTP (shared test DBMS, real extractor): bad input writes nothing, the same article posted
 * twice, as HTML and as text, or by eight threads at once is one article, and a syndicated copy links the original.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticleIntakeEndToEndTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    private final HttpClient http = HttpClient.newHttpClient();

    record Bad(String name, String contentType, byte[] body, int status, String type) {
    }

    @Test
    void badInputGetsAProblemAndLeavesTheGraphUnchanged() throws Exception {
        byte[] deepJson = ("{\"body\":\"Fighting resumed.\",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}")
                .getBytes(StandardCharsets.UTF_8);
        List<Bad> cases = List.of(
                new Bad("empty", "text/plain", new byte[0], 400, "empty-body"),
                new Bad("whitespace", "text/plain", utf8(" \n\t \u00a0 \n"), 400, "empty-body"),
                new Bad("nothing left after cleaning", "text/plain", utf8("Advertisement\n\nShare this article\n"), 400,
                        "no-article-text"),
                new Bad("too large", "text/plain", utf8("a".repeat(2 * 1024 * 1024 + 1)), 413, "body-too-large"),
                new Bad("unsupported type", "application/pdf", utf8("%PDF-1.4"), 415, "unsupported-media-type"),
                new Bad("binary", "text/plain", new byte[] {'a', 'b', 0, 'c'}, 400, "binary-body"),
                new Bad("invalid in declared charset", "text/plain; charset=utf-8",
                        "Caf\u00e9 bombing".getBytes(StandardCharsets.ISO_8859_1), 400, "invalid-charset-bytes"),
                new Bad("malformed json", "application/json", utf8("{\"body\": \"unterminated"), 400, "malformed-json"),
                new Bad("json without body", "application/json", utf8("{\"title\": \"No body here\"}"), 400,
                        "json-missing-body"),
                new Bad("json too deep", "application/json", deepJson, 400, "json-too-deep"),
                new Bad("json too large", "application/json",
                        utf8("{\"body\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}"), 413, "body-too-large"),
                new Bad("html with only scripts", "text/html",
                        utf8("<html><head><script>var a = 1;</script></head><body><script>run()</script></body></html>"),
                        400, "no-article-text"),
                new Bad("html too large", "text/html", utf8("<p>" + "a".repeat(5 * 1024 * 1024) + "</p>"), 413,
                        "html-too-large"));
        for (Bad bad : cases) {
            long before = nodes();
            HttpResponse<String> response = post(bad.contentType(), bad.body(), "bad.txt");
            assertThat(response.statusCode()).as(bad.name()).isEqualTo(bad.status());
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.path("type").asString()).as(bad.name()).endsWith("/" + bad.type());
            assertThat(problem.path("title").asString()).as(bad.name()).isNotBlank();
            assertThat(problem.path("detail").asString()).as(bad.name()).isNotBlank();
            assertThat(response.headers().firstValue("Content-Type")).as(bad.name()).hasValueSatisfying(
                    ct -> assertThat(ct).startsWith("application/problem+json"));
            assertThat(nodes()).as("nodes after " + bad.name()).isEqualTo(before);
        }
    }

    @Test
    void theSameArticleTwiceAndAsHtmlIsOneArticle() throws Exception {
        HttpResponse<String> first = post("text/plain", utf8(ArticleParserTests.STORY_TEXT), "story.txt");
        assertThat(first.statusCode()).isIn(200, 201);
        JsonNode created = JSON.readTree(first.body());
        String id = created.path("id").asString();
        if (first.statusCode() == 201) {
            assertThat(first.headers().firstValue("Location")).hasValue("/api/articles/" + id);
            assertThat(created.path("duplicate").asBoolean()).isFalse();
        }
        assertThat(created.path("extractorVersion").asString()).isNotBlank();
        assertThat(created.path("counts").has("claims")).isTrue();

        HttpResponse<String> again = post("text/plain", utf8(ArticleParserTests.STORY_TEXT), "story.txt");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("id").asString()).isEqualTo(id);
        assertThat(JSON.readTree(again.body()).path("duplicate").asBoolean()).isTrue();

        HttpResponse<String> asHtml = post("text/html; charset=utf-8", utf8(ArticleParserTests.STORY_HTML), "story.html");
        assertThat(asHtml.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(asHtml.body()).path("id").asString()).isEqualTo(id);
        assertThat(articlesWithId(id)).isEqualTo(1);

        JsonNode article = JSON.readTree(get("/api/articles/" + id).body());
        assertThat(article.path("title").asString()).isEqualTo("Militants Storm Army Post Near the Border");
        assertThat(article.path("author").asString()).isEqualTo("Awa Traoré");
        String text = article.path("text").asString();
        JsonNode paragraph = article.path("paragraphs").get(1);
        assertThat(text.substring(paragraph.path("start").asInt(), paragraph.path("end").asInt()))
                .startsWith("The attackers fled");

        HttpResponse<String> extraction = get("/api/articles/" + id + "/extraction");
        assertThat(extraction.statusCode()).isEqualTo(200);
        JsonNode x = JSON.readTree(extraction.body());
        assertThat(x.path("article").path("file").asString()).isEqualTo("story.txt");
        assertThat(x.path("article").has("headline_is_question")).isTrue();
        assertThat(x.has("actors") && x.has("events") && x.has("relations")).isTrue();

        JsonNode page = JSON.readTree(get("/api/articles?limit=1").body());
        assertThat(page.path("items")).hasSize(1);
        assertThat(get("/api/articles/does-not-exist/extraction").statusCode()).isEqualTo(404);
        assertThat(get("/api/articles?limit=501").statusCode()).isEqualTo(400);
    }

    @Test
    void eightConcurrentPostsGiveOneArticle() throws Exception {
        byte[] story = utf8("""
                Convoy Ambushed on the Northern Highway

                Gunmen ambushed a supply convoy on the northern highway on Thursday, killing four drivers, a
                provincial official said.

                The official said the attackers set fire to six trucks before fleeing into the hills.
                """);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                posts.add(() -> post("text/plain", story, "convoy.txt"));
            }
            List<String> ids = new ArrayList<>();
            int createdCount = 0;
            for (Future<HttpResponse<String>> f : pool.invokeAll(posts)) {
                HttpResponse<String> r = f.get();
                assertThat(r.statusCode()).isIn(200, 201);
                createdCount += r.statusCode() == 201 ? 1 : 0;
                ids.add(JSON.readTree(r.body()).path("id").asString());
            }
            assertThat(ids).hasSize(8).containsOnly(ids.getFirst());
            assertThat(createdCount).isEqualTo(1);
            assertThat(articlesWithId(ids.getFirst())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSyndicatedCopyLinksTheFirstSeenArticle() throws Exception {
        String original = """
                Dam Breach Floods Villages After Overnight Blast

                An explosion breached the dam on the river overnight, flooding at least five villages downstream and
                forcing thousands of residents to flee to higher ground, the regional governor said on Wednesday.

                The governor blamed saboteurs and said engineers were working to contain the water, while the army
                sent boats and helicopters to rescue people stranded on rooftops across the flooded district.

                No group has claimed the blast. Officials said it was too early to give a toll, but local
                hospitals reported dozens of people treated for injuries and hypothermia.
                """;
        String copy = original.replace("at least five villages", "at least six villages")
                .replace("on Wednesday", "late on Wednesday");
        String firstId = JSON.readTree(post("text/plain", utf8(original), "dam.txt").body()).path("id").asString();
        HttpResponse<String> second = post("text/plain", utf8(copy), "dam-copy.txt");
        assertThat(second.statusCode()).isEqualTo(201);
        JsonNode answer = JSON.readTree(second.body());
        assertThat(answer.path("id").asString()).isNotEqualTo(firstId);
        assertThat(answer.path("syndicatesOf").asString()).isEqualTo(firstId);
        long links = neo4j.query("MATCH (:Article {id: $a})-[r:SYNDICATES]->(:Article {id: $b}) RETURN count(r)")
                .bind(answer.path("id").asString()).to("a").bind(firstId).to("b").fetchAs(Long.class).one().orElse(0L);
        assertThat(links).isEqualTo(1);
    }

    private long nodes() {
        return neo4j.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElse(-1L);
    }

    private long articlesWithId(String id) {
        return neo4j.query("MATCH (a:Article {id: $id}) RETURN count(a)").bind(id).to("id")
                .fetchAs(Long.class).one().orElse(-1L);
    }

    private HttpResponse<String> post(String contentType, byte[] body, String filename) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles?filename=" + filename))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
