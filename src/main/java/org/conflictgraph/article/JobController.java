package org.conflictgraph.article;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.conflictgraph.problem.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "bulk", description = "Many articles at once, processed by a bounded worker pool; durable across restarts")
class JobController {

    private final BulkJobs jobs;
    private final IntakeProperties limits;
    private final BulkRequestReader reader;

    JobController(BulkJobs jobs, IntakeProperties limits) {
        this.jobs = jobs;
        this.limits = limits;
        this.reader = new BulkRequestReader(limits.maxJsonDepth(), limits.maxBulkSize().toBytes());
    }

    record JobCreated(String id) {
    }

    @PostMapping("/api/articles/bulk")
    @Operation(summary = "Ingest many articles as one job",
            description = "application/x-ndjson (one JSON object per line) or application/json (an array). Each "
                    + "object is an article {title, body, published, outlet, author, url} (body required) or a file "
                    + "{filename, contentType, content} whose content is the file's text (text/plain, text/html or "
                    + "application/json; contentType defaults from the file name). Both may add filename and line "
                    + "(article.file = filename#line). The job is journaled durably before the 202; articles that "
                    + "fail are reported per item in GET /api/jobs/{id}. Body limit: "
                    + "conflict-graph.intake.max-bulk-size.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = "application/x-ndjson", examples = @ExampleObject(value = """
                            {"title": "Convoy ambushed", "body": "Gunmen ambushed ...", "published": "2020-01-02T10:00:00+03:00", "outlet": "Wire", "author": "A. Writer", "url": "https://example.org/a"}
                            {"filename": "page.html", "contentType": "text/html", "content": "<html>...</html>"}
                            """)),
                    @Content(mediaType = "application/json")}),
            responses = {
                    @ApiResponse(responseCode = "202", description = "Job journaled; Location is its progress"),
                    @ApiResponse(responseCode = "400", description = "Malformed request or item",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "413", description = "Over conflict-graph.intake.max-bulk-size",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "429", description = "Queue full; see Retry-After",
                            content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<JobCreated> submit(HttpServletRequest request) throws IOException {
        long max = limits.maxBulkSize().toBytes();
        if (request.getContentLengthLong() > max) {
            throw bulkTooLarge(max);
        }
        byte[] body;
        try {
            body = BodyDecoder.readLimited(request.getInputStream(), max);
        } catch (org.conflictgraph.problem.PayloadTooLargeException e) {
            throw bulkTooLarge(max);
        }
        List<BulkItem> items = reader.read(body, request.getContentType());
        BulkJobs.JobView job = jobs.submit(items);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/jobs/" + job.id()))
                .body(new JobCreated(job.id()));
    }

    @GetMapping("/api/jobs")
    @Operation(summary = "Bulk jobs, newest first", description = "Pages of {items, next}; pass next as cursor.")
    ArticleViews.Page<BulkJobs.JobView> list(@RequestParam(defaultValue = "50") int limit,
                                             @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > ArticleController.MAX_LIMIT) {
            throw new org.conflictgraph.problem.BadInputException("invalid-limit", "Invalid limit",
                    "limit must be between 1 and " + ArticleController.MAX_LIMIT + "; got " + limit + ".");
        }
        List<BulkJobs.JobView> rows = jobs.list(ArticleCursor.decode(cursor), limit + 1);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = new ArticleCursor(rows.getLast().createdAt(), rows.getLast().id()).encode();
        }
        return new ArticleViews.Page<>(rows, next);
    }

    @GetMapping("/api/jobs/{id}")
    @Operation(summary = "Progress of a bulk job",
            description = "state RUNNING or DONE; total, done (articles with an outcome), created, duplicates, "
                    + "failed and each failure with its reason.")
    @ApiResponse(responseCode = "404", description = "No such job", content = @Content(mediaType = "application/problem+json"))
    BulkJobs.JobView job(@PathVariable String id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("job-not-found", "Job not found",
                "No bulk job has id '" + id + "'. Job ids are returned by POST /api/articles/bulk."));
    }

    private static org.conflictgraph.problem.PayloadTooLargeException bulkTooLarge(long max) {
        return new org.conflictgraph.problem.PayloadTooLargeException("bulk-too-large", "Bulk request too large",
                "The bulk request exceeds " + max + " bytes (conflict-graph.intake.max-bulk-size). Split it into "
                        + "several jobs.");
    }
}
