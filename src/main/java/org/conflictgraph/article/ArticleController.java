package org.conflictgraph.article;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.graph.ExtractionView;
import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/articles")
@Tag(name = "articles", description = "Article intake, the stored articles and their own extraction")
class ArticleController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final ArticleIntake intake;
    private final ArticleStore store;
    private final ExtractionView extractions;
    private final IntakeProperties limits;

    ArticleController(ArticleIntake intake, ArticleStore store, ExtractionView extractions, IntakeProperties limits) {
        this.intake = intake;
        this.store = store;
        this.extractions = extractions;
        this.limits = limits;
    }

    @PostMapping
    @Operation(summary = "Ingest one article",
            description = "The body is the article: text/plain (a text or page dump), text/html (a web page) or "
                    + "application/json ({title, body, published, outlet, author, url}; only body is required). "
                    + "Without a charset, UTF-8 is read with a windows-1252 fallback. Answers after extraction and "
                    + "the graph write have committed.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = "text/plain"), @Content(mediaType = "text/html"),
                    @Content(mediaType = "application/json")}),
            responses = {
                    @ApiResponse(responseCode = "201", description = "New article; Location names it"),
                    @ApiResponse(responseCode = "200", description = "Known article (same normalised body): same id, "
                            + "duplicate=true; re-extracted first if its extraction came from another extractor version"),
                    @ApiResponse(responseCode = "400", description = "Empty, binary, malformed or textless body",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "413", description = "Body over conflict-graph.intake.max-body-size "
                            + "(max-html-size for HTML)", content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "415", description = "Unsupported content type",
                            content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<IngestResult> post(HttpServletRequest request,
                                      @Parameter(description = "file name the article came from (article.file)")
                                      @RequestParam(required = false) String filename,
                                      @Parameter(description = "line of a JSONL file, from 1 (article.file = file#line)")
                                      @RequestParam(required = false) Integer line) throws IOException {
        if (line != null && line < 1) {
            throw new BadInputException("invalid-parameter", "Invalid parameter",
                    "'line' counts JSONL lines from 1; got " + line + ".");
        }
        String contentType = request.getContentType();
        ArticleParser.Format format = ArticleParser.Format.of(contentType);
        long max = format == ArticleParser.Format.HTML ? limits.maxHtmlSize().toBytes() : limits.maxBodySize().toBytes();
        if (request.getContentLengthLong() > max) {
            throw format == ArticleParser.Format.HTML ? ArticleParser.htmlTooLarge(max) : BodyDecoder.tooLarge(max);
        }
        byte[] body;
        try {
            body = BodyDecoder.readLimited(request.getInputStream(), max);
        } catch (org.conflictgraph.problem.PayloadTooLargeException e) {
            throw format == ArticleParser.Format.HTML ? ArticleParser.htmlTooLarge(max) : e;
        }
        IngestResult result = intake.ingest(body, contentType, filename, line);
        if (result.duplicate()) {
            return ResponseEntity.ok(result);
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/articles/" + result.id()))
                .body(result);
    }

    @GetMapping
    @Operation(summary = "Stored articles, newest first",
            description = "Pages of {items, next}; pass next as cursor for the following page.")
    ArticleViews.Page<ArticleViews.ArticleSummary> list(
            @Parameter(description = "items per page, 1 to 500") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "the next value of the previous page") @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadInputException("invalid-limit", "Invalid limit",
                    "limit must be between 1 and " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + "); got " + limit + ".");
        }
        List<ArticleStore.StoredArticle> rows = store.page(ArticleCursor.decode(cursor), limit + 1);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            ArticleStore.StoredArticle last = rows.getLast();
            next = new ArticleCursor(last.ingestedAt(), last.id()).encode();
        }
        return new ArticleViews.Page<>(rows.stream().map(ArticleViews.ArticleSummary::of).toList(), next);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One article: metadata, clean text and paragraph offsets")
    @ApiResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = "application/problem+json"))
    ArticleViews.ArticleDetail get(@PathVariable String id) {
        return store.find(id).map(ArticleViews.ArticleDetail::of).orElseThrow(() -> notFound(id));
    }

    @GetMapping("/{id}/extraction")
    @Operation(summary = "The article's own extraction, in FORMAT.md's snake_case shape",
            description = "Names in the article's own spellings; status per article; graph_status per event.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleExtraction.class)))
    @ApiResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = "application/problem+json"))
    ArticleExtraction extraction(@PathVariable String id) {
        return extractions.find(id).map(ExtractionView.StoredExtraction::extraction).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("article-not-found", "Article not found",
                "No article has id '" + id + "'. Ids are returned by POST /api/articles and listed by GET /api/articles.");
    }
}
