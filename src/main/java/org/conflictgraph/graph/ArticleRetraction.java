package org.conflictgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.problem.NotFoundException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retracts an article in one transaction: its claims go, the status of every event they were about is
 * recomputed, events no claim is about any more, entities no article mentions and relations no article gives
 * evidence for are removed, then the article itself. The audit entry keeps the article and its extraction, so
 * {@link AnalystDecisions#undo} can write it back.
 */
@Service
public class ArticleRetraction {

    private final GraphTransactions transactions;
    private final ArticleContribution contribution;
    private final EventStatuses statuses;
    private final OrphanSweep orphans;
    private final AuditTrail audit;

    ArticleRetraction(GraphTransactions transactions, ArticleContribution contribution, EventStatuses statuses,
                      OrphanSweep orphans, AuditTrail audit) {
        this.transactions = transactions;
        this.contribution = contribution;
        this.statuses = statuses;
        this.orphans = orphans;
        this.audit = audit;
    }

    /** What a retraction removed. */
    public record Retraction(String articleId, int claimsRemoved, List<String> eventsTouched,
                             List<String> eventsRemoved, String auditId) {
    }

    public Retraction retract(String articleId, String note, String by) {
        return transactions.write(tx -> {
            var rows = tx.run("""
                    MATCH (a:Article {id: $id})
                    SET a.writeLock = true
                    REMOVE a.writeLock
                    WITH a
                    OPTIONAL MATCH (a)-[:HAS_EXTRACTION]->(x:Extraction)
                    OPTIONAL MATCH (a)-[:SYNDICATES]->(o:Article)
                    RETURN properties(a) AS props, x.json AS json, x.extractorVersion AS version, o.id AS original
                    """, Map.of("id", articleId)).list();
            if (rows.isEmpty()) {
                throw new NotFoundException("article-not-found", "No such article",
                        "No article has id '" + articleId + "'; it may have been retracted already.");
            }
            GraphTransactions.serialiseWriters(tx);
            var r = rows.getFirst();
            Map<String, Object> before = new HashMap<>();
            Map<String, Object> props = new HashMap<>(r.get("props").asMap());
            props.remove("ingestedAt"); // a temporal value; the restored article gets a new ingest time
            before.put("article", props);
            before.put("extraction", r.get("json").asString(null));
            before.put("extractorVersion", r.get("version").asString(null));
            before.put("syndicatesOf", r.get("original").asString(null));

            ArticleContribution.Previous previous = contribution.remove(tx, articleId);
            before.put("eventIds", previous.eventIdByLocalId());
            before.put("eventTypes", previous.eventTypes());
            tx.run("""
                    MATCH (:Article {id: $id})<-[:IN_ARTICLE]-(c:DeletedClaim)
                    DETACH DELETE c
                    """, Map.of("id", articleId)).consume();
            statuses.recompute(tx, previous.eventIds());
            orphans.sweep(tx, previous.eventIds(), previous.mentioned());
            List<String> remaining = tx.run("MATCH (e:Event) WHERE e.id IN $ids RETURN e.id AS id",
                    Map.of("ids", List.copyOf(previous.eventIds()))).list().stream()
                    .map(x -> x.get("id").asString()).toList();
            List<String> removed = previous.eventIds().stream().filter(e -> !remaining.contains(e)).toList();
            tx.run("""
                    MATCH (a:Article {id: $id})
                    OPTIONAL MATCH (a)-[:HAS_EXTRACTION]->(x:Extraction)
                    DETACH DELETE x, a
                    """, Map.of("id", articleId)).consume();
            Map<String, Object> after = new HashMap<>();
            after.put("claimsRemoved", previous.claims());
            after.put("eventsRemoved", removed);
            String auditId = audit.record(tx, "retract-article", by, note, "Article", articleId, null, before, after);
            return new Retraction(articleId, previous.claims(), List.copyOf(previous.eventIds()), removed, auditId);
        });
    }

    /** Writes a retracted article back from its audit entry's {@code before} document. */
    static void restore(ArticleGraphWriter writer, Map<String, Object> before) {
        @SuppressWarnings("unchecked")
        Map<String, Object> a = (Map<String, Object>) before.get("article");
        ArticleRecord record = new ArticleRecord((String) a.get("id"), (String) a.get("contentHash"),
                a.get("simhash") instanceof Number n ? n.longValue() : 0L, (String) a.get("title"),
                (String) a.get("outlet"), (String) a.get("author"), (String) a.get("published"),
                (String) a.get("url"), Boolean.TRUE.equals(a.get("headlineIsQuestion")), (String) a.get("format"),
                (String) a.get("file"), (String) a.get("text"), integers(a.get("paragraphStarts")),
                integers(a.get("paragraphEnds")), (String) before.get("syndicatesOf"));
        String json = (String) before.get("extraction");
        ArticleExtraction extraction = json == null
                ? ArticleExtraction.empty(null, List.of("restored without an extraction"))
                : JsonMapper.shared().readValue(json, ArticleExtraction.class);
        @SuppressWarnings("unchecked")
        Map<String, String> eventIds = (Map<String, String>) before.getOrDefault("eventIds", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, String> eventTypes = (Map<String, String>) before.getOrDefault("eventTypes", Map.of());
        writer.write(record, extraction, (String) before.get("extractorVersion"),
                new ArticleContribution.Previous(eventIds, eventTypes, java.util.Set.of(), 0));
    }

    private static List<Integer> integers(Object list) {
        if (!(list instanceof List<?> l)) {
            return List.of();
        }
        return l.stream().map(o -> ((Number) o).intValue()).toList();
    }
}
