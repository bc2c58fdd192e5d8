package org.conflictgraph.review;

import java.net.URI;

import org.conflictgraph.graph.ReextractionJobs;
import org.conflictgraph.problem.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Re-extraction of stored articles after the extraction rules improved: a background job. */
@RestController
class ReextractionController {

    private final ReextractionJobs jobs;

    ReextractionController(ReextractionJobs jobs) {
        this.jobs = jobs;
    }

    /** Articles extracted by another extractor version, or all of them with {@code ?all=true}. */
    @PostMapping("/api/admin/reextract")
    ResponseEntity<ReextractionJobs.JobView> start(@RequestParam(defaultValue = "false") boolean all) {
        ReextractionJobs.JobView job = jobs.start(all);
        return ResponseEntity.accepted().location(URI.create("/api/admin/reextract/" + job.id())).body(job);
    }

    @GetMapping("/api/admin/reextract/{id}")
    ReextractionJobs.JobView progress(@PathVariable String id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("job-not-found", "No such job",
                "No re-extraction job has id '" + id + "' (jobs are kept in memory until the service restarts)."));
    }
}
