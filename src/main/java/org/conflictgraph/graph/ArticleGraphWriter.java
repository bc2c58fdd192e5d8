package org.conflictgraph.graph;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.conflictgraph.extraction.ArticleExtraction;
import org.neo4j.driver.QueryRunner;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single writer: one transaction per article. Stores the article and its own extraction view, then its
 * contribution to the shared graph (entities, relations, events, claims; see {@link ArticleContribution}) and
 * recomputes the status of every event it touches. Writing the same article with the same extraction again
 * changes nothing; with a different extraction (re-extraction) the article's previous claims are replaced and
 * analyst decisions (reviews, corrected claims, deleted events and relations) are kept.
 */
@Service
public class ArticleGraphWriter {

    private final GraphTransactions transactions;
    private final ArticleContribution contribution;
    private final EventStatuses statuses;
    private final OrphanSweep orphans;
    private final JsonMapper json;

    ArticleGraphWriter(GraphTransactions transactions, ArticleContribution contribution, EventStatuses statuses,
                       OrphanSweep orphans, JsonMapper json) {
        this.transactions = transactions;
        this.contribution = contribution;
        this.statuses = statuses;
        this.orphans = orphans;
        this.json = json;
    }

    /** Writes the article and its extraction in one transaction; re-writing the same article changes nothing. */
    public WriteResult write(ArticleRecord article, ArticleExtraction extraction, String extractorVersion) {
        return write(article, extraction, extractorVersion, ArticleContribution.Previous.NONE);
    }

    /** With {@code earlier}: the events a retracted article's local events were, so restoring it re-joins them. */
    WriteResult write(ArticleRecord article, ArticleExtraction extraction, String extractorVersion,
                      ArticleContribution.Previous earlier) {
        String extractionJson = json.writeValueAsString(extraction);
        return transactions.write(tx -> {
            Map<String, Object> props = new HashMap<>();
            props.put("id", article.id());
            props.put("contentHash", article.contentHash());
            props.put("simhash", article.simhash());
            props.put("title", article.title());
            props.put("outlet", article.outlet());
            props.put("author", article.author());
            props.put("published", article.published());
            props.put("url", article.url());
            props.put("headlineIsQuestion", article.headlineIsQuestion());
            props.put("format", article.format());
            props.put("file", article.file());
            props.put("text", article.text());
            props.put("paragraphStarts", article.paragraphStarts());
            props.put("paragraphEnds", article.paragraphEnds());
            // the article's lock serialises concurrent writers of the same article: the second sees the first's work
            var r = tx.run(GraphTransactions.KEEP_PLAN + """
                    MERGE (a:Article {id: $props.id})
                    ON CREATE SET a += $props, a.ingestedAt = datetime(), a.created = true
                    SET a.writeLock = true
                    REMOVE a.writeLock
                    WITH a, coalesce(a.created, false) AS created
                    REMOVE a.created
                    WITH a, created
                    OPTIONAL MATCH (a)-[:HAS_EXTRACTION]->(x:Extraction)
                    RETURN created, x.json AS json, x.extractorVersion AS version, toString(a.published) AS published
                    """, Map.of("props", props)).single();
            boolean created = r.get("created").asBoolean();
            if (article.syndicatesOf() != null && !article.syndicatesOf().equals(article.id())) {
                tx.run(GraphTransactions.KEEP_PLAN + """
                        MATCH (a:Article {id: $id}), (o:Article {id: $original})
                        MERGE (a)-[:SYNDICATES]->(o)
                        """, Map.of("id", article.id(), "original", article.syndicatesOf())).consume();
            }
            boolean unchanged = !r.get("json").isNull() && r.get("json").asString().equals(extractionJson)
                    && Objects.equals(r.get("version").asString(null), extractorVersion);
            if (!unchanged) {
                replace(tx, article.id(), r.get("published").asString(null), extraction, extractionJson,
                        extractorVersion, !r.get("json").isNull(), earlier);
            }
            return new WriteResult(article.id(), created, counts(extraction));
        });
    }

    /**
     * Re-extraction: replaces a stored article's extraction and claims in one transaction.
     *
     * @return false when the article no longer exists
     */
    boolean rewrite(String articleId, ArticleExtraction extraction, String extractorVersion) {
        String extractionJson = json.writeValueAsString(extraction);
        return transactions.write(tx -> {
            var found = tx.run(GraphTransactions.KEEP_PLAN + """
                    MATCH (a:Article {id: $id})
                    SET a.writeLock = true
                    REMOVE a.writeLock
                    WITH a
                    OPTIONAL MATCH (a)-[:HAS_EXTRACTION]->(x:Extraction)
                    RETURN toString(a.published) AS published, x.json AS json, x.extractorVersion AS version
                    """, Map.of("id", articleId)).list();
            if (found.isEmpty()) {
                return false;
            }
            var r = found.getFirst();
            boolean unchanged = !r.get("json").isNull() && r.get("json").asString().equals(extractionJson)
                    && Objects.equals(r.get("version").asString(null), extractorVersion);
            if (!unchanged) {
                replace(tx, articleId, r.get("published").asString(null), extraction, extractionJson,
                        extractorVersion, !r.get("json").isNull(), ArticleContribution.Previous.NONE);
            }
            return true;
        });
    }

    private void replace(QueryRunner tx, String articleId, String published, ArticleExtraction extraction,
                         String extractionJson, String extractorVersion, boolean hadExtraction,
                         ArticleContribution.Previous earlier) {
        ArticleContribution.Entities resolved = contribution.resolve(tx, articleId, published, extraction);
        GraphTransactions.serialiseWriters(tx);
        ArticleContribution.Previous previous = hadExtraction ? contribution.remove(tx, articleId) : earlier;
        tx.run(GraphTransactions.KEEP_PLAN + """
                MATCH (a:Article {id: $id})
                MERGE (a)-[:HAS_EXTRACTION]->(x:Extraction {id: $id})
                SET x.json = $json, x.extractorVersion = $version, x.createdAt = datetime(),
                    a.extractorVersion = $version
                """, Map.of("id", articleId, "json", extractionJson, "version", extractorVersion)).consume();
        ArticleContribution.Written written = contribution.write(tx, articleId, published, extraction, resolved,
                previous);
        Set<String> touched = new LinkedHashSet<>(previous.eventIds());
        touched.addAll(written.eventIds());
        statuses.recompute(tx, touched);
        if (hadExtraction) {
            orphans.sweep(tx, previous.eventIds(), previous.mentioned());
        }
    }

    private static WriteResult.Counts counts(ArticleExtraction extraction) {
        return new WriteResult.Counts(extraction.actors().size(), extraction.factions().size(),
                extraction.places().size(), extraction.events().size(),
                extraction.events().stream().mapToInt(e -> e.claims().size()).sum(), extraction.relations().size());
    }
}
