package org.conflictgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.conflictgraph.article.ArticleParser;
import org.conflictgraph.extraction.internal.CoreNlpArticleExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quality regression: the dev corpus goes through intake's parser and the whole extraction (no HTTP, no graph),
 * the extractions are scored by {@code shared/eval/score} against the gold files, and the scores must stay at
 * or above the floors of issues 5 and 6. Skipped when {@code shared/} (corpus and scorer) is not next to the
 * project or python3 is missing.
 */
class ExtractionQualityTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /*
     * Floors: the targets of issue 5 (entity_f1 0.80; relation_f1 0.50 is held by DevCorpusRegressionTests, here
     * a looser 0.45) and issue 6 (event_f1 0.65, arg_f1 0.50, claim_f1 0.65, status_acc 0.85). Measured on
     * 2026-11-26: entity 0.877, relation 0.500, event 0.667, arg 0.571, claim 0.654, status 0.854 (41 of 48).
     */
    private static final double ENTITY_F1 = 0.80;
    private static final double RELATION_F1 = 0.45;
    private static final double EVENT_F1 = 0.65;
    private static final double ARG_F1 = 0.50;
    private static final double CLAIM_F1 = 0.65;
    private static final double STATUS_ACC = 0.85;
    /** The scorer's floats: 0.65 may come back as 0.6499999999999999. */
    private static final double TOLERANCE = 1e-9;

    static Path shared() {
        for (Path candidate : List.of(Path.of("..", "shared"), Path.of("..", "..", "shared"))) {
            if (Files.isDirectory(candidate.resolve("corpus").resolve("gold"))
                    && Files.isRegularFile(candidate.resolve("eval").resolve("score"))) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void devCorpusScoresStayAboveTheFloors(@TempDir Path pred) throws Exception {
        Path shared = shared();
        Assumptions.assumeTrue(shared != null, "shared/ (corpus and eval/score) not found next to the project: skipped");
        Assumptions.assumeTrue(python3Available(), "python3 not on PATH: scorer cannot run, skipped");

        ArticleParser parser = new ArticleParser();
        CoreNlpArticleExtractor extractor = new CoreNlpArticleExtractor(Duration.ofMinutes(5), 1);
        try (Stream<Path> files = Files.list(shared.resolve("corpus").resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                byte[] raw = Files.readAllBytes(file);
                if (name.endsWith(".jsonl")) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (!lines.get(i).isBlank()) {
                            ArticleText a = parser.parse(lines.get(i).getBytes(StandardCharsets.UTF_8), "application/json",
                                    name, i + 1).article();
                            write(pred.resolve(name + "." + (i + 1) + ".gold.json"), extractor.extractNow(a));
                        }
                    }
                } else {
                    String type = name.endsWith(".json") ? "application/json"
                            : name.endsWith(".html") || name.endsWith(".htm") ? "text/html; charset=utf-8"
                            : "text/plain; charset=utf-8";
                    ArticleText a = parser.parse(raw, type, name, null).article();
                    write(pred.resolve(name + ".gold.json"), extractor.extractNow(a));
                }
            }
        }

        JsonNode metrics = score(shared, pred).get("metrics");
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(metric(metrics, "entity_f1")).as("entity_f1").isGreaterThanOrEqualTo(ENTITY_F1 - TOLERANCE);
        soft.assertThat(metric(metrics, "relation_f1")).as("relation_f1").isGreaterThanOrEqualTo(RELATION_F1 - TOLERANCE);
        soft.assertThat(metric(metrics, "event_f1")).as("event_f1").isGreaterThanOrEqualTo(EVENT_F1 - TOLERANCE);
        soft.assertThat(metric(metrics, "arg_f1")).as("arg_f1").isGreaterThanOrEqualTo(ARG_F1 - TOLERANCE);
        soft.assertThat(metric(metrics, "claim_f1")).as("claim_f1").isGreaterThanOrEqualTo(CLAIM_F1 - TOLERANCE);
        soft.assertThat(metric(metrics, "status_acc")).as("status_acc").isGreaterThanOrEqualTo(STATUS_ACC - TOLERANCE);
        soft.assertAll();
    }

    private static void write(Path file, ArticleExtraction extraction) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(extraction), StandardCharsets.UTF_8);
    }

    private static double metric(JsonNode metrics, String key) {
        JsonNode v = metrics.get(key);
        assertThat(v).as("scorer metric %s", key).isNotNull();
        return v.asDouble();
    }

    private static JsonNode score(Path shared, Path pred) throws Exception {
        Process p = new ProcessBuilder("python3", shared.resolve("eval").resolve("score").toString(),
                "--gold", shared.resolve("corpus").resolve("gold").toString(), "--pred", pred.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("scorer finished").isTrue();
        return JSON.readTree(new String(out, StandardCharsets.UTF_8));
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
