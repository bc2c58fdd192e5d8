package org.conflictgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.conflictgraph.extraction.internal.CoreNlpArticleExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dev corpus through the whole extraction, scored by {@code shared/eval/score}: entity F1 and relation F1 must
 * stay at or above the floors of the extraction issue. Skips when the corpus, the scorer or python3 is absent.
 */
class DevCorpusRegressionTests {

    private static final double ENTITY_F1_FLOOR = 0.80;
    private static final double RELATION_F1_FLOOR = 0.50;

    private static Path shared() {
        for (Path p : List.of(Path.of("..", "shared"), Path.of("/work/shared"))) {
            if (Files.isDirectory(p.resolve("corpus").resolve("articles")) && Files.isRegularFile(p.resolve("eval").resolve("score"))) {
                return p;
            }
        }
        return null;
    }

    @Test
    void devCorpusStaysAboveTheEntityAndRelationFloors(@TempDir Path pred) throws Exception {
        Path shared = shared();
        Assumptions.assumeTrue(shared != null, "shared corpus and scorer not found next to the project: skipped");
        Assumptions.assumeTrue(python3Available(), "python3 not available to run shared/eval/score: skipped");
        JsonMapper json = JsonMapper.builder().build();
        CoreNlpArticleExtractor extractor = new CoreNlpArticleExtractor(Duration.ofMinutes(5), 1);
        List<Path> files;
        try (Stream<Path> s = Files.list(shared.resolve("corpus").resolve("articles"))) {
            files = s.sorted().toList();
        }
        for (Path file : files) {
            for (DevCorpusRun.Input in : DevCorpusRun.read(file)) {
                ArticleExtraction x = extractor.extractNow(in.article());
                Files.writeString(pred.resolve(in.goldName()), json.writeValueAsString(x), StandardCharsets.UTF_8);
            }
        }
        Process p = new ProcessBuilder("python3", shared.resolve("eval").resolve("score").toString(),
                "--gold", shared.resolve("corpus").resolve("gold").toString(), "--pred", pred.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        JsonNode metrics = json.readTree(out).get("metrics");
        // the scorer's floats: 0.5 may come back as 0.4999999999999999
        assertThat(metrics.get("entity_f1").asDouble()).isGreaterThanOrEqualTo(ENTITY_F1_FLOOR - 1e-9);
        assertThat(metrics.get("relation_f1").asDouble()).isGreaterThanOrEqualTo(RELATION_F1_FLOOR - 1e-9);
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
