package org.conflictgraph.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.conflictgraph.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

class ArticleParserTests {

    static final String STORY_TEXT = """
            Militants Storm Army Post Near the Border
            Militants Storm Army Post Near the Border
            02 Oct 201907:45 AM
            By Awa Traoré

            The Sahel Courier

            Gunmen attacked an army post near the border on Monday, killing at least ten soldiers, the army said.
            \u00a0
            The attackers fled on motorbikes towards the forest, according to a local official.
            """;
    static final String STORY_HTML = """
            <html><head><meta property="og:title" content="Militants storm army post near the border">
            <meta property="og:site_name" content="The Sahel Courier"></head><body>
            <article><h1>Militants storm army post near the border</h1>
            <p>Gunmen attacked an army post near the border on Monday, killing at least ten soldiers, the army said.</p>
            <p>The attackers fled on motorbikes towards the forest, according to a local official.</p>
            </article></body></html>
            """;

    private final ArticleParser parser = new ArticleParser();

    @Test
    void theSameStoryAsTextAndAsHtmlHasOneId() {
        ParsedArticle text = parser.parse(bytes(STORY_TEXT), "text/plain", "a.txt", null);
        ParsedArticle html = parser.parse(bytes(STORY_HTML), "text/html; charset=utf-8", "a.html", null);
        assertThat(text.id()).isEqualTo(html.id());
        assertThat(text.format()).isEqualTo("TEXT");
        assertThat(html.format()).isEqualTo("HTML");
    }

    @Test
    void paragraphOffsetsPointIntoTheCleanText() {
        ParsedArticle a = parser.parse(bytes(STORY_TEXT), "text/plain", "a.txt", null);
        String text = a.article().text();
        assertThat(a.article().paragraphs()).hasSize(2);
        int[] second = a.article().paragraphs().get(1);
        assertThat(text.substring(second[0], second[1])).startsWith("The attackers fled").endsWith("official.");
        assertThat(text).doesNotContain("Sahel Courier").doesNotContain("\u00a0");
        assertThat(a.article().meta().author()).isEqualTo("Awa Traoré");
        assertThat(a.article().meta().published()).isEqualTo("2019-10-02T07:45:00");
    }

    @Test
    void jsonLinesCarryTheLineInTheFileName() {
        String json = "{\"title\":\"Why did the talks fail?\",\"body\":\"Talks failed on Monday.\\n\\nBoth sides left.\","
                + "\"published\":\"Wed, 09 Oct 2019 14:10:00 GMT\",\"outlet\":\"Wire\",\"author\":\"By A. Writer\"}";
        ParsedArticle a = parser.parse(bytes(json), "application/json", "feed.jsonl", 3);
        assertThat(a.article().meta().file()).isEqualTo("feed.jsonl#3");
        assertThat(a.format()).isEqualTo("JSONL");
        assertThat(a.article().meta().headlineIsQuestion()).isTrue();
        assertThat(a.article().meta().published()).isEqualTo("2019-10-09T14:10:00Z");
        assertThat(a.article().meta().author()).isEqualTo("A. Writer");
        assertThat(a.article().paragraphs()).hasSize(2);
    }

    @Test
    void jsonMetadataMayUseCommonAlternativeNames() {
        String json = "{\"headline\":\"Port shelled\",\"body\":\"The port was shelled overnight.\","
                + "\"publishedAt\":\"2021-06-01T08:00:00+02:00\",\"source\":{\"name\":\"Harbour Wire\"},"
                + "\"authors\":[\"Ana Lima\",\"Tom Li\"],\"link\":\"https://example.org/p\"}";
        var meta = parser.parse(bytes(json), "application/json", null, null).article().meta();
        assertThat(meta.title()).isEqualTo("Port shelled");
        assertThat(meta.outlet()).isEqualTo("Harbour Wire");
        assertThat(meta.author()).isEqualTo("Ana Lima and Tom Li");
        assertThat(meta.published()).isEqualTo("2021-06-01T08:00:00+02:00");
        assertThat(meta.url()).isEqualTo("https://example.org/p");
    }

    @Test
    void undeclaredCharsetFallsBackToWindows1252() {
        byte[] cp1252 = "Caf\u00e9 owners said the \u201cattack\u201d came at night, witnesses told reporters."
                .getBytes(Charset.forName("windows-1252"));
        ParsedArticle a = parser.parse(cp1252, "text/plain", null, null);
        assertThat(a.article().text()).contains("Café").contains("“attack”");
    }

    @Test
    void utf16WithAByteOrderMarkIsTextNotBinary() {
        byte[] utf16 = ("\ufeff" + "Shelling resumed near the airport on Tuesday, witnesses said.")
                .getBytes(StandardCharsets.UTF_16LE);
        assertThat(parser.parse(utf16, "text/plain", null, null).article().text()).startsWith("Shelling resumed");
    }

    @Test
    void emptyAndWhitespaceBodiesAreRefused() {
        assertProblem(() -> parser.parse(new byte[0], "text/plain", null, null), HttpStatus.BAD_REQUEST, "empty-body");
        assertProblem(() -> parser.parse(bytes(" \n\t\u00a0\n"), "text/plain", null, null), HttpStatus.BAD_REQUEST,
                "empty-body");
    }

    @Test
    void binaryIsRefused() {
        assertProblem(() -> parser.parse(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}, "text/plain", null, null),
                HttpStatus.BAD_REQUEST, "binary-body");
    }

    @Test
    void bytesInvalidInTheDeclaredCharsetAreRefused() {
        byte[] latin1 = "Caf\u00e9 attack".getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(() -> parser.parse(latin1, "text/plain; charset=utf-8", null, null), HttpStatus.BAD_REQUEST,
                "invalid-charset-bytes");
    }

    @Test
    void unsupportedContentTypeIsRefused() {
        assertProblem(() -> parser.parse(bytes("x"), "application/pdf", null, null), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type");
        assertProblem(() -> parser.parse(bytes("x"), null, null, null), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type");
    }

    @Test
    void oversizedBodiesAreRefused() {
        ArticleParser small = new ArticleParser(new IntakeProperties(DataSize.ofBytes(100), 4, DataSize.ofBytes(200),
                DataSize.ofMegabytes(1), 1, 10));
        assertProblem(() -> small.parse(bytes("a".repeat(101)), "text/plain", null, null),
                HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large");
        assertProblem(() -> small.parse(bytes("<p>" + "a".repeat(300) + "</p>"), "text/html", null, null),
                HttpStatus.PAYLOAD_TOO_LARGE, "html-too-large");
    }

    @Test
    void badJsonIsRefused() {
        assertProblem(() -> parser.parse(bytes("{\"title\": \"x\", "), "application/json", null, null),
                HttpStatus.BAD_REQUEST, "malformed-json");
        assertProblem(() -> parser.parse(bytes("{\"title\": \"x\"}"), "application/json", null, null),
                HttpStatus.BAD_REQUEST, "json-missing-body");
        assertProblem(() -> parser.parse(bytes("{\"body\": \"a\"}\n{\"body\": \"b\"}\n"), "application/json", null, null),
                HttpStatus.BAD_REQUEST, "json-trailing-content");
        assertProblem(() -> parser.parse(bytes("[1,2]"), "application/json", null, null),
                HttpStatus.BAD_REQUEST, "json-not-an-object");
        String deep = "{\"body\":\"x\",\"a\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertProblem(() -> parser.parse(bytes(deep), "application/json", null, null),
                HttpStatus.BAD_REQUEST, "json-too-deep");
    }

    @Test
    void hugeJsonStringsAreRefused() {
        ArticleParser small = new ArticleParser(new IntakeProperties(DataSize.ofBytes(1000), 8, DataSize.ofBytes(1000),
                DataSize.ofMegabytes(1), 1, 10));
        ApiException e = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> small.parse(bytes("{\"body\":\"" + "a".repeat(990) + "\"}"), "application/json", null, null));
        assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    @Test
    void htmlWithOnlyScriptsHasNoArticleText() {
        assertProblem(() -> parser.parse(bytes("<html><body><script>var a=1;</script></body></html>"), "text/html",
                null, null), HttpStatus.BAD_REQUEST, "no-article-text");
        assertProblem(() -> parser.parse(bytes("Advertisement\n\nShare this article\n"), "text/plain", null, null),
                HttpStatus.BAD_REQUEST, "no-article-text");
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, HttpStatus status,
                              String type) {
        assertThatThrownBy(call).isInstanceOf(ApiException.class)
                .satisfies(e -> {
                    ApiException api = (ApiException) e;
                    assertThat(api.status()).isEqualTo(status);
                    assertThat(api.type()).isEqualTo(type);
                    assertThat(api.getMessage()).isNotBlank();
                });
    }
}
