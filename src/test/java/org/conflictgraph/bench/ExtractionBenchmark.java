package org.conflictgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.conflictgraph.article.ArticleParser;
import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.extraction.internal.CoreNlpArticleExtractor;
import org.conflictgraph.extraction.internal.nlp.CoreNlp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Case 1a: per-article time of the whole extraction (no HTTP, no graph) vs the bare CoreNLP pipeline on the same
 * clean texts, interleaved in one run. Goal: ratio ≤ 1.2.
 */
@Tag("bench")
class ExtractionBenchmark {

    private static final int RUNS = 3;

    @Test
    void wholeExtractionAgainstBareCoreNlp() throws Exception {
        BenchCorpus corpus = BenchCorpus.load();
        ArticleParser parser = new ArticleParser();
        List<ArticleText> texts = new ArrayList<>();
        for (BenchCorpus.Input in : corpus.inputs()) {
            texts.add(parser.parse(in.body(), in.contentType(), in.filename(), in.line()).article());
        }
        long load0 = System.nanoTime();
        CoreNlp.pipeline();
        double loadSeconds = (System.nanoTime() - load0) / 1e9;
        CoreNlpArticleExtractor extractor = new CoreNlpArticleExtractor(Duration.ofMinutes(10), 1);

        BenchReport report = new BenchReport("extraction");
        List<Double> bare = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        for (ArticleText t : texts) { // warm-up: JIT and lazily loaded lexicons
            CoreNlp.annotate(t.text(), t.meta().published());
            extractor.extractNow(t);
        }
        for (int run = 0; run < RUNS; run++) {
            for (ArticleText t : texts) {
                bare.add(BenchReport.time(() -> CoreNlp.annotate(t.text(), t.meta().published())));
                whole.add(BenchReport.time(() -> extractor.extractNow(t)));
            }
        }
        Stats b = Stats.of(bare);
        Stats w = Stats.of(whole);
        report.add(new BenchReport.Row("extraction per article vs bare CoreNLP (" + texts.size() + " articles x "
                + RUNS + ")", "ms", b, w, w.mean() / b.mean(), "<= 1.2", "ratio of means"));
        report.fact("CoreNLP model load (s)", String.format("%.1f", loadSeconds));
        report.fact("mean characters per article",
                texts.stream().mapToInt(t -> t.text().length()).average().orElse(0));
        report.fact("heap used after extraction (MiB)",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        report.fact("peak RSS (MiB)", BenchReport.rssKiB() >> 10);
        report.write();
        assertThat(whole).hasSize(texts.size() * RUNS);
    }
}
