package org.conflictgraph.extraction.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

import edu.stanford.nlp.pipeline.Annotation;
import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.extraction.ArticleExtractor;
import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.extraction.internal.entities.EntityExtractor;
import org.conflictgraph.extraction.internal.events.EventExtractor;
import org.conflictgraph.extraction.internal.nlp.CoreNlp;
import org.conflictgraph.extraction.internal.nlp.Entities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extraction pipeline: CoreNLP annotation, then entities and relations, then events and claims.
 * Runs each article under a time limit on a worker thread so a pathological text cannot hang the caller;
 * a failure or time-out yields the article block with empty lists and the reason in {@code notes}.
 */
public final class CoreNlpArticleExtractor implements ArticleExtractor {

    /** Bump when extraction rules change: stored articles with an older version get re-extracted. */
    public static final String VERSION = "2026.11.26-1";

    private static final Logger log = LoggerFactory.getLogger(CoreNlpArticleExtractor.class);

    private final Duration timeout;
    private final ExecutorService workers;
    private final EntityExtractor entityExtractor = new EntityExtractor();
    private final EventExtractor eventExtractor = new EventExtractor();

    public CoreNlpArticleExtractor(Duration timeout, int threads) {
        this.timeout = timeout;
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "extraction");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public ArticleExtraction extract(ArticleText article) {
        if (article.text() == null || article.text().isBlank()) {
            return ArticleExtraction.empty(article.meta(), List.of("no text to extract from"));
        }
        Future<ArticleExtraction> future = workers.submit(() -> extractNow(article));
        try {
            return future.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            log.warn("extraction exceeded {} for article '{}'", timeout, article.meta().title());
            return ArticleExtraction.empty(article.meta(), List.of("extraction exceeded the time limit of " + timeout));
        } catch (ExecutionException e) {
            log.warn("extraction failed for article '{}'", article.meta().title(), e.getCause());
            return ArticleExtraction.empty(article.meta(), List.of("extraction failed: " + e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return ArticleExtraction.empty(article.meta(), List.of("extraction interrupted"));
        }
    }

    /** Extraction on the calling thread, without the time limit (benchmarks, tests). */
    public ArticleExtraction extractNow(ArticleText article) {
        Annotation doc = CoreNlp.annotate(article.text(), article.meta().published());
        List<String> notes = new ArrayList<>();
        Entities entities = entityExtractor.extract(doc, article);
        EventExtractor.Result events = eventExtractor.extract(doc, article, entities);
        return new ArticleExtraction(article.meta(), entities.actors(), entities.factions(), entities.places(),
                events.sources(), events.events(), entities.relations(), notes);
    }
}
