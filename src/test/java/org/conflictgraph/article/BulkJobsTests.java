package org.conflictgraph.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.conflictgraph.graph.WriteResult;
import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.TooManyRequestsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkJobsTests {

    private static final WriteResult.Counts NONE = new WriteResult.Counts(0, 0, 0, 0, 0, 0);

    @TempDir
    Path dir;

    private static BulkItem item(String content) {
        return new BulkItem("text/plain", content, content + ".txt", null, content + ".txt");
    }

    @Test
    void aJobReportsCreatedDuplicateAndFailedArticles() {
        ArticleIntake intake = mock(ArticleIntake.class);
        when(intake.ingest(eq(bytes("new")), anyString(), any(), isNull()))
                .thenReturn(new IngestResult("id-new", false, "v", NONE, null));
        when(intake.ingest(eq(bytes("dup")), anyString(), any(), isNull()))
                .thenReturn(new IngestResult("id-dup", true, "v", NONE, null));
        when(intake.ingest(eq(bytes("bad")), anyString(), any(), isNull()))
                .thenThrow(new BadInputException("empty-body", "Empty article", "send text"));
        BulkJobs jobs = new BulkJobs(intake, new JobJournal(dir), 2, 10);
        try {
            String id = jobs.submit(List.of(item("new"), item("dup"), item("bad"))).id();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jobs.find(id).orElseThrow().state().equals("DONE"));
            BulkJobs.JobView view = jobs.find(id).orElseThrow();
            assertThat(view.total()).isEqualTo(3);
            assertThat(view.done()).isEqualTo(3);
            assertThat(view.created()).isEqualTo(1);
            assertThat(view.duplicates()).isEqualTo(1);
            assertThat(view.failed()).isEqualTo(1);
            assertThat(view.failures().getFirst().item()).isEqualTo("bad.txt");
            assertThat(view.failures().getFirst().reason()).contains("Empty article");
        } finally {
            jobs.stop();
        }
    }

    @Test
    void aFullQueueRefusesTheJobWith429AndJournalsNothing() throws Exception {
        ArticleIntake intake = mock(ArticleIntake.class);
        CountDownLatch release = new CountDownLatch(1);
        when(intake.ingest(any(), anyString(), any(), any())).thenAnswer(inv -> {
            release.await(10, TimeUnit.SECONDS);
            return new IngestResult("x", false, "v", NONE, null);
        });
        BulkJobs jobs = new BulkJobs(intake, new JobJournal(dir), 1, 3);
        try {
            jobs.submit(List.of(item("a"), item("b")));
            assertThatThrownBy(() -> jobs.submit(List.of(item("c"), item("d"))))
                    .isInstanceOf(TooManyRequestsException.class);
            try (var dirs = Files.list(dir)) {
                assertThat(dirs.count()).isEqualTo(1);
            }
        } finally {
            release.countDown();
            jobs.stop();
        }
    }

    @Test
    void anUnfinishedJobResumesWhereItStoppedAfterARestart() throws Exception {
        JobJournal journal = new JobJournal(dir);
        List<BulkItem> items = List.of(item("one"), item("two"), item("three"));
        journal.create("job-1", items);
        journal.append("job-1", new JobJournal.Progress(0, "CREATED", "id-one", null));

        ArticleIntake intake = mock(ArticleIntake.class);
        when(intake.ingest(any(), anyString(), any(), any())).thenAnswer(inv -> new IngestResult(
                new String((byte[]) inv.getArgument(0), StandardCharsets.UTF_8), false, "v", NONE, null));
        BulkJobs restarted = new BulkJobs(intake, new JobJournal(dir), 2, 10);
        try {
            restarted.resume();
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> restarted.find("job-1").orElseThrow().state().equals("DONE"));
            assertThat(restarted.find("job-1").orElseThrow().created()).isEqualTo(3);
            org.mockito.Mockito.verify(intake, org.mockito.Mockito.never())
                    .ingest(eq(bytes("one")), any(), any(), any());
            org.mockito.Mockito.verify(intake).ingest(eq(bytes("two")), any(), any(), any());
            assertThat(Files.readAllLines(dir.resolve("job-1").resolve("progress.ndjson"))).hasSize(3);
        } finally {
            restarted.stop();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
