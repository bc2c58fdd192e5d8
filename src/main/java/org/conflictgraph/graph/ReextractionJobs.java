package org.conflictgraph.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.extraction.ArticleExtractor;
import org.conflictgraph.extraction.ArticleText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Re-runs the extractor over stored articles (their clean text and metadata) whose extraction comes from another
 * extractor version, or over all of them, replacing each article's claims in its own transaction while analyst
 * decisions stay (see {@link ArticleGraphWriter}). Jobs run one at a time on a background thread; their progress is
 * kept in memory.
 */
@Service
public class ReextractionJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReextractionJobs.class);

    private final GraphTransactions transactions;
    private final ArticleExtractor extractor;
    private final ArticleGraphWriter writer;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reextraction");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ReextractionJobs(GraphTransactions transactions, ArticleExtractor extractor, ArticleGraphWriter writer) {
        this.transactions = transactions;
        this.extractor = extractor;
        this.writer = writer;
    }

    /** A job's progress: state QUEUED, RUNNING, DONE or FAILED. */
    public record JobView(String id, String state, String extractorVersion, boolean all, int total, int done,
                          int failed, Instant createdAt, Instant finishedAt, List<String> errors) {
    }

    public JobView start(boolean all) {
        Job job = new Job("reextract-" + UUID.randomUUID(), extractor.version(), all);
        jobs.put(job.id, job);
        runner.submit(() -> run(job));
        return job.view();
    }

    public Optional<JobView> find(String id) {
        return Optional.ofNullable(jobs.get(id)).map(Job::view);
    }

    private void run(Job job) {
        job.state = "RUNNING";
        try {
            List<String> ids = transactions.read(tx -> tx.run("""
                    MATCH (a:Article)
                    OPTIONAL MATCH (a)-[:HAS_EXTRACTION]->(x:Extraction)
                    WITH a, x WHERE $all OR x IS NULL OR x.extractorVersion IS NULL OR x.extractorVersion <> $version
                    RETURN a.id AS id ORDER BY a.id
                    """, Map.of("all", job.all, "version", job.version)).list().stream()
                    .map(r -> r.get("id").asString()).toList());
            job.total.set(ids.size());
            for (String id : ids) {
                try {
                    reextract(id);
                    job.done.incrementAndGet();
                } catch (RuntimeException e) {
                    log.warn("Re-extraction of article {} failed: {}", id, e.toString());
                    job.failed.incrementAndGet();
                    job.error(id + ": " + e.getMessage());
                }
            }
            job.state = "DONE";
        } catch (RuntimeException e) {
            log.warn("Re-extraction job {} failed: {}", job.id, e.toString());
            job.error(e.getMessage());
            job.state = "FAILED";
        }
        job.finishedAt = Instant.now();
    }

    private void reextract(String articleId) {
        ArticleText text = transactions.read(tx -> {
            var rows = tx.run("""
                    MATCH (a:Article {id: $id})
                    RETURN a.text AS text, a.paragraphStarts AS starts, a.paragraphEnds AS ends, a.file AS file,
                           a.title AS title, a.outlet AS outlet, a.author AS author, toString(a.published) AS published,
                           a.url AS url, coalesce(a.headlineIsQuestion, false) AS question
                    """, Map.of("id", articleId)).list();
            if (rows.isEmpty()) {
                return null;
            }
            var r = rows.getFirst();
            List<int[]> paragraphs = new ArrayList<>();
            List<Object> starts = r.get("starts").isNull() ? List.of() : r.get("starts").asList();
            List<Object> ends = r.get("ends").isNull() ? List.of() : r.get("ends").asList();
            for (int i = 0; i < Math.min(starts.size(), ends.size()); i++) {
                paragraphs.add(new int[] {((Number) starts.get(i)).intValue(), ((Number) ends.get(i)).intValue()});
            }
            return new ArticleText(r.get("text").asString(""), paragraphs, new ArticleExtraction.ArticleMeta(
                    r.get("file").asString(null), r.get("title").asString(null), r.get("outlet").asString(null),
                    r.get("author").asString(null), r.get("published").asString(null), r.get("url").asString(null),
                    r.get("question").asBoolean()));
        });
        if (text == null) {
            return; // retracted meanwhile
        }
        writer.rewrite(articleId, extractor.extract(text), extractor.version());
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }

    private static final class Job {
        final String id;
        final String version;
        final boolean all;
        final Instant createdAt = Instant.now();
        final AtomicInteger total = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final List<String> errors = new ArrayList<>();
        volatile String state = "QUEUED";
        volatile Instant finishedAt;

        Job(String id, String version, boolean all) {
            this.id = id;
            this.version = version;
            this.all = all;
        }

        synchronized void error(String message) {
            if (errors.size() < 20) {
                errors.add(message);
            }
        }

        synchronized JobView view() {
            return new JobView(id, state, version, all, total.get(), done.get(), failed.get(), createdAt, finishedAt,
                    List.copyOf(errors));
        }
    }
}
