package org.conflictgraph.article;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.conflictgraph.problem.TooManyRequestsException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(JobController.class)
@Import(IntakeTestConfig.class)
class JobControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BulkJobs jobs;

    private static BulkJobs.JobView view(String state) {
        return new BulkJobs.JobView("j1", state, 2, 1, 0, 0, 1,
                List.of(new BulkJobs.Failure(1, "b.txt", "Empty article: send text")), "2026-01-01T00:00:00Z", null);
    }

    @Test
    void aBulkRequestIsAcceptedWithTheJobId() throws Exception {
        when(jobs.submit(anyList())).thenReturn(view("RUNNING"));
        mvc.perform(post("/api/articles/bulk").contentType("application/x-ndjson")
                        .content("{\"body\": \"a\"}\n{\"filename\": \"b.txt\", \"content\": \"\"}\n"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/jobs/j1"))
                .andExpect(jsonPath("$.id").value("j1"));
    }

    @Test
    void aFullQueueIs429WithRetryAfter() throws Exception {
        when(jobs.submit(anyList())).thenThrow(new TooManyRequestsException("bulk-queue-full", "Bulk queue full", "wait"));
        mvc.perform(post("/api/articles/bulk").contentType("application/json").content("[{\"body\": \"a\"}]"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("https://conflict-graph.org/problems/bulk-queue-full"));
    }

    @Test
    void anOversizedBulkIs413() throws Exception {
        mvc.perform(post("/api/articles/bulk").contentType("application/json")
                        .content("[{\"body\": \"" + "a".repeat(5000) + "\"}]"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("https://conflict-graph.org/problems/bulk-too-large"));
        verify(jobs, never()).submit(anyList());
    }

    @Test
    void jobsAreListedNewestFirstInPages() throws Exception {
        when(jobs.list(org.mockito.ArgumentMatchers.isNull(), org.mockito.ArgumentMatchers.eq(2)))
                .thenReturn(List.of(view("RUNNING"), view("DONE")));
        mvc.perform(get("/api/jobs?limit=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.next").isNotEmpty());
    }

    @Test
    void progressShowsFailuresWithReasons() throws Exception {
        when(jobs.find("j1")).thenReturn(Optional.of(view("RUNNING")));
        mvc.perform(get("/api/jobs/j1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.failures[0].reason").value("Empty article: send text"));
        mvc.perform(get("/api/jobs/nope")).andExpect(status().isNotFound());
    }
}
