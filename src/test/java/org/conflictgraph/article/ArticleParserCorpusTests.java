package org.conflictgraph.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.conflictgraph.extraction.ArticleExtraction.ArticleMeta;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every article of the dev corpus parses with the metadata of its gold file's {@code article} block, compared
 * as shared/eval/score compares it.
 */
class ArticleParserCorpusTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Path corpus() {
        for (Path candidate : List.of(Path.of("..", "shared", "corpus"), Path.of("..", "..", "shared", "corpus"))) {
            if (Files.isDirectory(candidate.resolve("articles")) && Files.isDirectory(candidate.resolve("gold"))) {
                return candidate;
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusArticleHasItsGoldMetadata() throws IOException {
        Path corpus = corpus();
        Assumptions.assumeTrue(corpus != null, "shared/corpus not found next to the project: corpus tests skipped");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus.resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".jsonl")) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).isBlank()) {
                            continue;
                        }
                        int line = i + 1;
                        byte[] bytes = lines.get(i).getBytes(StandardCharsets.UTF_8);
                        Path gold = corpus.resolve("gold").resolve(name + "." + line + ".gold.json");
                        tests.add(DynamicTest.dynamicTest(name + "#" + line,
                                () -> check(bytes, "application/json", name, line, gold)));
                    }
                } else {
                    Path gold = corpus.resolve("gold").resolve(name + ".gold.json");
                    tests.add(DynamicTest.dynamicTest(name,
                            () -> check(Files.readAllBytes(file), contentType(name), name, null, gold)));
                }
            }
        }
        return tests.stream();
    }

    static String contentType(String name) {
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        return name.endsWith(".json") ? "application/json" : "text/plain";
    }

    private static void check(byte[] bytes, String contentType, String name, Integer line, Path goldFile)
            throws IOException {
        Assumptions.assumeTrue(Files.exists(goldFile), "no gold file for " + name);
        JsonNode gold = JSON.readTree(goldFile.toFile()).get("article");
        ParsedArticle parsed = new ArticleParser().parse(bytes, contentType, name, line);
        ArticleMeta meta = parsed.article().meta();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(meta.file()).isEqualTo(gold.get("file").asString());
        soft.assertThat(ScorerNorm.norm(meta.title())).as("title").isEqualTo(ScorerNorm.norm(gold.get("title").asString()));
        soft.assertThat(ScorerNorm.norm(meta.outlet())).as("outlet").isEqualTo(ScorerNorm.norm(gold.get("outlet").asString()));
        soft.assertThat(ScorerNorm.author(meta.author())).as("author").isEqualTo(ScorerNorm.author(gold.get("author").asString()));
        soft.assertThat(meta.published()).as("published").startsWith(gold.get("published").asString());
        soft.assertThat(meta.headlineIsQuestion()).as("headline_is_question")
                .isEqualTo(gold.get("headline_is_question").asBoolean());
        soft.assertThat(parsed.article().text()).as("clean text").isNotBlank();
        soft.assertAll();
        assertThat(parsed.article().paragraphs()).isNotEmpty();
    }
}
