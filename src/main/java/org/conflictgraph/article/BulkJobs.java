package org.conflictgraph.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.conflictgraph.problem.ApiException;
import org.conflictgraph.problem.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Bulk ingestion: jobs are journaled durably first ({@link JobJournal}), then a fixed pool of workers ingests
 * their articles one by one through {@link ArticleIntake}. The number of articles waiting is bounded: a job that
 * would overflow it is refused with 429. Unfinished jobs resume when the service starts again.
 */
@Service
public class BulkJobs {

    private static final Logger log = LoggerFactory.getLogger(BulkJobs.class);

    private final ArticleIntake intake;
    private final JobJournal journal;
    private final int capacity;
    private final ExecutorService workers;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Map<String, JobState> jobs = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    BulkJobs(ArticleIntake intake, IntakeProperties properties,
             @Value("${conflict-graph.data-dir:./data}") String dataDir) {
        this(intake, new JobJournal(Path.of(dataDir, "jobs")), properties.bulkWorkers(), properties.bulkQueueCapacity());
    }

    BulkJobs(ArticleIntake intake, JobJournal journal, int workers, int capacity) {
        this.intake = intake;
        this.journal = journal;
        this.capacity = capacity;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(Math.max(1, workers), Math.max(1, workers), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "bulk-ingest-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Journals the job durably and queues its articles; 429 when the queue cannot take them all. */
    public JobView submit(List<BulkItem> items) {
        int n = items.size();
        while (true) {
            int now = waiting.get();
            if (now + n > capacity) {
                throw new TooManyRequestsException("bulk-queue-full", "Bulk queue full",
                        now + " articles are waiting and the queue holds " + capacity
                                + " (conflict-graph.intake.bulk-queue-capacity); this job has " + n
                                + ". Retry after the Retry-After delay, or send a smaller job.");
            }
            if (waiting.compareAndSet(now, now + n)) {
                break;
            }
        }
        String id = UUID.randomUUID().toString();
        JobJournal.JobHeader header;
        try {
            header = journal.create(id, items);
        } catch (RuntimeException e) {
            waiting.addAndGet(-n);
            throw e;
        }
        JobState state = new JobState(header, items);
        jobs.put(id, state);
        for (int i = 0; i < n; i++) {
            schedule(state, i);
        }
        return state.view();
    }

    /** Jobs newest first, after the job {@code (createdAt, id)} of the previous page (or from the newest). */
    public List<JobView> list(ArticleCursor after, int limit) {
        return jobs.values().stream().map(JobState::view)
                .sorted(java.util.Comparator.comparing(JobView::createdAt).thenComparing(JobView::id).reversed())
                .filter(v -> after == null || v.createdAt().compareTo(after.ingestedAt()) < 0
                        || v.createdAt().equals(after.ingestedAt()) && v.id().compareTo(after.id()) < 0)
                .limit(limit)
                .toList();
    }

    public Optional<JobView> find(String id) {
        return Optional.ofNullable(jobs.get(id)).map(JobState::view);
    }

    /** Picks up journaled jobs; articles without a recorded outcome are queued again. */
    @EventListener(ApplicationReadyEvent.class)
    public void resume() {
        for (JobJournal.StoredJob stored : journal.load()) {
            if (jobs.containsKey(stored.header().id())) {
                continue;
            }
            JobState state = new JobState(stored.header(), stored.items());
            Set<Integer> finished = new HashSet<>();
            for (JobJournal.Progress p : stored.progress()) {
                if (finished.add(p.index())) {
                    state.record(p);
                }
            }
            jobs.put(state.header.id(), state);
            int pending = 0;
            for (int i = 0; i < stored.items().size(); i++) {
                if (!finished.contains(i)) {
                    waiting.incrementAndGet();
                    schedule(state, i);
                    pending++;
                }
            }
            if (pending > 0) {
                log.info("resuming bulk job {}: {} of {} articles left", state.header.id(), pending,
                        stored.items().size());
            }
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    private void schedule(JobState state, int index) {
        workers.execute(() -> {
            try {
                JobJournal.Progress progress = process(state.items.get(index), index);
                journal.append(state.header.id(), progress);
                state.record(progress);
            } catch (RuntimeException e) {
                // journal unwritable: leave the article without an outcome so a restart does it again
                log.error("bulk job {} article {}: could not record the outcome", state.header.id(), index, e);
            } finally {
                waiting.decrementAndGet();
            }
        });
    }

    private JobJournal.Progress process(BulkItem item, int index) {
        try {
            IngestResult r = intake.ingest(item.content().getBytes(StandardCharsets.UTF_8), item.contentType(),
                    item.filename(), item.line());
            return new JobJournal.Progress(index, r.duplicate() ? "DUPLICATE" : "CREATED", r.id(), null);
        } catch (ApiException e) {
            return new JobJournal.Progress(index, "FAILED", null, e.title() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            log.warn("bulk article {} failed", index, e);
            return new JobJournal.Progress(index, "FAILED", null, "internal error: " + e.getClass().getSimpleName());
        }
    }

    /** Progress of a job. state: RUNNING until every article has an outcome, then DONE. */
    public record JobView(String id, String state, int total, int done, int created, int duplicates, int failed,
                          List<Failure> failures, String createdAt, String finishedAt) {
    }

    /** index: the article's position in the job (from 0); item: its file name or title. */
    public record Failure(int index, String item, String reason) {
    }

    private static final class JobState {
        private final JobJournal.JobHeader header;
        private final List<BulkItem> items;
        private int created;
        private int duplicates;
        private final List<Failure> failures = new ArrayList<>();
        private String finishedAt;

        JobState(JobJournal.JobHeader header, List<BulkItem> items) {
            this.header = header;
            this.items = items;
        }

        synchronized void record(JobJournal.Progress p) {
            switch (p.outcome()) {
                case "CREATED" -> created++;
                case "DUPLICATE" -> duplicates++;
                default -> failures.add(new Failure(p.index(), p.index() < items.size() ? items.get(p.index()).label()
                        : null, p.reason()));
            }
            if (created + duplicates + failures.size() >= header.total() && finishedAt == null) {
                finishedAt = Instant.now().toString();
            }
        }

        synchronized JobView view() {
            int done = created + duplicates + failures.size();
            return new JobView(header.id(), done >= header.total() ? "DONE" : "RUNNING", header.total(), done,
                    created, duplicates, failures.size(), List.copyOf(failures), header.createdAt(), finishedAt);
        }
    }
}
