package org.conflictgraph.article;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.extraction.ArticleExtractor;
import org.conflictgraph.graph.ArticleGraphWriter;
import org.conflictgraph.graph.ExtractionView;
import org.conflictgraph.graph.WriteResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One article from bytes to graph: parse, dedup by the normalised-body id, link near-duplicates to the
 * first-seen copy, extract, write; returns only after the write committed. A known article is answered as a
 * duplicate, re-extracted first when its stored extraction comes from another extractor version. Concurrent
 * posts of one article share a single ingestion; a uniqueness race lost in the database is a duplicate too.
 */
@Service
public class ArticleIntake {

    private static final Logger log = LoggerFactory.getLogger(ArticleIntake.class);

    private final ArticleParser parser;
    private final ArticleExtractor extractor;
    private final ArticleGraphWriter writer;
    private final ExtractionView extractions;
    private final ArticleStore store;
    private final NearDuplicates nearDuplicates;
    private final ConcurrentMap<String, CompletableFuture<IngestResult>> inFlight = new ConcurrentHashMap<>();

    ArticleIntake(IntakeProperties limits, ArticleExtractor extractor, ArticleGraphWriter writer,
                  ExtractionView extractions, ArticleStore store, NearDuplicates nearDuplicates) {
        this.parser = new ArticleParser(limits);
        this.extractor = extractor;
        this.writer = writer;
        this.extractions = extractions;
        this.store = store;
        this.nearDuplicates = nearDuplicates;
    }

    /** Parses and ingests; bad input throws an {@link org.conflictgraph.problem.ApiException} before any write. */
    public IngestResult ingest(byte[] body, String contentType, String filename, Integer line) {
        return ingest(parser.parse(body, contentType, filename, line));
    }

    IngestResult ingest(ParsedArticle article) {
        CompletableFuture<IngestResult> mine = new CompletableFuture<>();
        CompletableFuture<IngestResult> running = inFlight.putIfAbsent(article.id(), mine);
        if (running != null) {
            try {
                return running.join().asDuplicate();
            } catch (CompletionException e) {
                // the other request failed: try on our own
                return ingest(article);
            }
        }
        try {
            IngestResult result = ingestAlone(article);
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(article.id(), mine);
        }
    }

    private IngestResult ingestAlone(ParsedArticle article) {
        Optional<ArticleStore.StoredArticle> known = store.find(article.id());
        if (known.isPresent()) {
            return known(known.get());
        }
        String syndicatesOf = nearDuplicates.firstSeenCopyOf(article).orElse(null);
        ArticleExtraction extraction = extractor.extract(article.article());
        String version = storedVersion(extraction);
        WriteResult written;
        try {
            written = writer.write(article.toRecord(syndicatesOf), extraction, version);
        } catch (RuntimeException e) {
            if (!isUniquenessRace(e)) {
                throw e;
            }
            log.info("article {} was written concurrently by another request: answering as duplicate", article.id());
            return store.find(article.id()).map(this::known).orElseThrow(() -> e);
        }
        return new IngestResult(written.articleId(), !written.created(), version, written.counts(), syndicatesOf);
    }

    /** A stored article: answered as is, or re-extracted from its stored text when the extractor changed. */
    private IngestResult known(ArticleStore.StoredArticle stored) {
        String version = extractor.version();
        if (!Objects.equals(stored.extractorVersion(), version)) {
            log.info("re-extracting article {} (stored extraction {} , extractor {})", stored.id(),
                    stored.extractorVersion(), version);
            ArticleExtraction extraction = extractor.extract(stored.articleText());
            String storedVersion = storedVersion(extraction);
            WriteResult written = writer.write(stored.toRecord(), extraction, storedVersion);
            return new IngestResult(stored.id(), true, storedVersion, written.counts(), stored.syndicatesOf());
        }
        WriteResult.Counts counts = extractions.find(stored.id())
                .map(x -> counts(x.extraction()))
                .orElse(new WriteResult.Counts(0, 0, 0, 0, 0, 0));
        return new IngestResult(stored.id(), true, version, counts, stored.syndicatesOf());
    }

    /**
     * The version stored with an extraction: the extractor's, marked incomplete when the extraction timed out or
     * failed, so that posting the article again re-extracts it instead of keeping the empty result for good.
     */
    String storedVersion(ArticleExtraction x) {
        for (String note : x.notes()) {
            String n = note.toLowerCase(java.util.Locale.ROOT);
            if (n.contains("time limit") || n.contains("failed") || n.contains("interrupted")) {
                return extractor.version() + INCOMPLETE;
            }
        }
        return extractor.version();
    }

    static final String INCOMPLETE = "+incomplete";

    static WriteResult.Counts counts(ArticleExtraction x) {
        return new WriteResult.Counts(x.actors().size(), x.factions().size(), x.places().size(), x.events().size(),
                x.events().stream().mapToInt(e -> e.claims().size()).sum(), x.relations().size());
    }

    /** A uniqueness-constraint violation: another transaction created the same article first. */
    static boolean isUniquenessRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof org.springframework.dao.DataIntegrityViolationException
                    || message.contains("ConstraintValidationFailed") || message.contains("already exists with label")) {
                return true;
            }
            if (t instanceof org.neo4j.driver.exceptions.ClientException ce
                    && String.valueOf(ce.code()).contains("ConstraintValidationFailed")) {
                return true;
            }
        }
        return false;
    }
}
