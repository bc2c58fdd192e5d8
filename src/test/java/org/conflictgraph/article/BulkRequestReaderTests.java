package org.conflictgraph.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictgraph.article.ArticleParserTests.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class BulkRequestReaderTests {

    private final BulkRequestReader reader = new BulkRequestReader(16, 1 << 20);

    @Test
    void ndjsonHoldsArticlesAndFiles() {
        String ndjson = """
                {"title": "Convoy ambushed", "body": "Gunmen ambushed a convoy.", "outlet": "Wire", "filename": "feed.jsonl", "line": 4}

                {"filename": "page.html", "content": "<p>Text</p>"}
                """;
        List<BulkItem> items = reader.read(ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).contentType()).isEqualTo("application/json");
        assertThat(items.get(0).content()).contains("\"body\"").doesNotContain("filename");
        assertThat(items.get(0).filename()).isEqualTo("feed.jsonl");
        assertThat(items.get(0).line()).isEqualTo(4);
        assertThat(items.get(1).contentType()).isEqualTo("text/html");
        assertThat(items.get(1).content()).isEqualTo("<p>Text</p>");
    }

    @Test
    void aJsonArrayWorksToo() {
        List<BulkItem> items = reader.read("[{\"body\": \"a\"}, {\"body\": \"b\", \"title\": \"B\"}]"
                .getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(items).extracting(BulkItem::label).containsExactly("#0", "B");
    }

    @Test
    void malformedRequestsAreRefusedWhole() {
        assertProblem(() -> reader.read("{\"body\": 1}".getBytes(StandardCharsets.UTF_8), "application/x-ndjson"),
                HttpStatus.BAD_REQUEST, "invalid-bulk-item");
        assertProblem(() -> reader.read("{\"body\": \"x\"}".getBytes(StandardCharsets.UTF_8), "application/json"),
                HttpStatus.BAD_REQUEST, "bulk-not-an-array");
        assertProblem(() -> reader.read("[]".getBytes(StandardCharsets.UTF_8), "application/json"),
                HttpStatus.BAD_REQUEST, "empty-bulk");
        assertProblem(() -> reader.read("{\"body\": ".getBytes(StandardCharsets.UTF_8), "application/x-ndjson"),
                HttpStatus.BAD_REQUEST, "malformed-json");
        assertProblem(() -> reader.read("x".getBytes(StandardCharsets.UTF_8), "text/csv"),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
        String deep = "[{\"body\": \"x\", \"y\": " + "[".repeat(40) + "]".repeat(40) + "}]";
        assertProblem(() -> reader.read(deep.getBytes(StandardCharsets.UTF_8), "application/json"),
                HttpStatus.BAD_REQUEST, "json-too-deep");
    }
}
