package org.conflictgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.ConflictException;
import org.conflictgraph.problem.NotFoundException;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/**
 * Analyst decisions and corrections, each in one transaction with its {@code AuditEntry} and each reversible
 * through {@link #undo}. Later ingests respect them: a review stays on the event, a corrected claim keeps its
 * correction ({@code ClaimCorrection}, keyed by the claim's stable id) through re-extraction, a deleted event
 * ({@code :DeletedEvent}) or relation ({@code :RelationTombstone}) is not re-created.
 */
@Service
public class AnalystDecisions {

    static final Set<String> REVIEW_STATUSES = Set.of("CONFIRMED", "REFUTED");

    private final GraphTransactions transactions;
    private final EventStatuses statuses;
    private final AuditTrail audit;
    private final EntityResolver resolver;
    private final ArticleGraphWriter writer;

    AnalystDecisions(GraphTransactions transactions, EventStatuses statuses, AuditTrail audit,
                     EntityResolver resolver, ArticleGraphWriter writer) {
        this.transactions = transactions;
        this.statuses = statuses;
        this.audit = audit;
        this.resolver = resolver;
        this.writer = writer;
    }

    /** An event's status after a decision: {@code status} = reviewStatus if set, else derivedStatus. */
    public record EventDecision(String eventId, String status, String derivedStatus, String reviewStatus,
                                String auditId) {
    }

    /** A claim after a correction, with its event's resulting status. */
    public record ClaimDecision(String claimId, String eventId, String stance, String extractedStance,
                                String sourceId, String sourceName, String eventStatus, String auditId) {
    }

    /** Something removed (event, relation) and the audit entry that can undo it. */
    public record Removal(String id, String auditId) {
    }

    /** An undo: the new entry, the entry it reversed and that entry's action. */
    public record Undo(String auditId, String undid, String action) {
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Sets CONFIRMED or REFUTED, or with {@code null} undoes the decision; the derived status is kept beside it. */
    public EventDecision review(String eventId, String status, String note, String by) {
        String wanted = status == null ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
        if (wanted != null && !REVIEW_STATUSES.contains(wanted)) {
            throw new BadInputException("review-status", "Unknown review status",
                    "status must be CONFIRMED, REFUTED or null (to undo a decision), not '" + status + "'.");
        }
        return transactions.write(tx -> {
            GraphTransactions.serialiseWriters(tx);
            var e = event(tx, eventId);
            String before = e.get("review").asString(null);
            statuses.review(tx, eventId, wanted);
            String auditId = audit.record(tx, "review", by, note, "Event", eventId, e.get("node").asString(),
                    nullable("reviewStatus", before), nullable("reviewStatus", wanted));
            return eventState(tx, eventId, auditId);
        });
    }

    /** Corrects a claim's stance and/or its source (a source name, resolved like an extracted one). */
    public ClaimDecision correctClaim(String claimId, String stance, String sourceName, String note, String by) {
        String newStance = stance == null ? null : stance.strip().toUpperCase(java.util.Locale.ROOT);
        if (newStance != null && !ArticleContribution.STANCES.contains(newStance)) {
            throw new BadInputException("claim-stance", "Unknown stance",
                    "stance must be ASSERTS, HEDGES or DENIES, not '" + stance + "'.");
        }
        if (newStance == null && (sourceName == null || sourceName.isBlank())) {
            throw new BadInputException("empty-correction", "Nothing to correct",
                    "Give a stance (ASSERTS, HEDGES, DENIES) and/or a source name.");
        }
        return transactions.write(tx -> {
            GraphTransactions.serialiseWriters(tx);
            var c = claim(tx, claimId);
            String sourceId = c.get("sourceId").asString(null);
            if (sourceName != null && !sourceName.isBlank()) {
                sourceId = source(tx, sourceName.strip(), c.get("articleId").asString(null));
            }
            Map<String, Object> before = claimState(c);
            applyClaimCorrection(tx, claimId, newStance != null ? newStance : c.get("stance").asString(),
                    sourceId, true, by);
            statuses.recompute(tx, List.of(c.get("eventId").asString()));
            Map<String, Object> after = claimState(claim(tx, claimId));
            String auditId = audit.record(tx, "correct-claim", by, note, "Claim", claimId, c.get("node").asString(),
                    before, after);
            return claimDecision(tx, claimId, auditId);
        });
    }

    /** Removes a spurious event: tombstoned with its claims, so re-ingesting its articles does not bring it back. */
    public Removal deleteEvent(String eventId, String note, String by) {
        return transactions.write(tx -> {
            GraphTransactions.serialiseWriters(tx);
            var e = event(tx, eventId);
            Map<String, Object> before = new HashMap<>(e.get("props").asMap());
            before.remove("writeLock");
            tx.run("""
                    MATCH (e:Event {id: $id})
                    OPTIONAL MATCH (c:Claim)-[:ABOUT]->(e)
                    REMOVE c:Claim
                    SET c:DeletedClaim
                    WITH DISTINCT e
                    REMOVE e:Event
                    SET e:DeletedEvent, e.deletedAt = datetime()
                    """, Map.of("id", eventId)).consume();
            String auditId = audit.record(tx, "delete-event", by, note, "Event", eventId, e.get("node").asString(),
                    before, Map.of("deleted", true));
            return new Removal(eventId, auditId);
        });
    }

    /** Removes a spurious entity relation; its tombstone keeps later ingests from re-creating it. */
    public Removal deleteRelation(String relationId, String note, String by) {
        return transactions.write(tx -> {
            GraphTransactions.serialiseWriters(tx);
            var found = tx.run("""
                    MATCH (a)-[r:LEADS|MEMBER_OF|DEPUTY_OF|SPLINTER_OF|AFFILIATE_OF|ALLIED_WITH|RIVAL_OF|LOYAL_TO|OPERATES_IN|COMMANDS]->(b)
                    WHERE r.id = $id
                    RETURN type(r) AS type, properties(r) AS props, a.id AS fromId, b.id AS toId,
                           elementId(a) AS fromNode, elementId(b) AS toNode
                    """, Map.of("id", relationId)).list();
            if (found.isEmpty()) {
                throw new NotFoundException("relation-not-found", "No such relation",
                        "No entity relation has id '" + relationId + "'; relation ids come with the entity views.");
            }
            var r = found.getFirst();
            Map<String, Object> before = new HashMap<>();
            before.put("type", r.get("type").asString());
            before.put("fromId", r.get("fromId").asString(null));
            before.put("toId", r.get("toId").asString(null));
            before.put("fromNode", r.get("fromNode").asString());
            before.put("toNode", r.get("toNode").asString());
            before.put("props", r.get("props").asMap());
            String tombstone = tx.run("""
                    MATCH (a)-[r]->(b) WHERE elementId(a) = $from AND elementId(b) = $to AND r.id = $id
                    DELETE r
                    WITH DISTINCT 1 AS done
                    MERGE (t:RelationTombstone {id: $id})
                    SET t.type = $type, t.fromId = $fromId, t.toId = $toId, t.deletedAt = datetime()
                    RETURN elementId(t) AS node
                    """, Map.of("id", relationId, "from", r.get("fromNode").asString(), "to", r.get("toNode").asString(),
                    "type", r.get("type").asString(), "fromId", r.get("fromId").asString(""),
                    "toId", r.get("toId").asString(""))).single().get("node").asString();
            String auditId = audit.record(tx, "delete-relation", by, note, "Relation", relationId, tombstone, before,
                    Map.of("deleted", true));
            return new Removal(relationId, auditId);
        });
    }

    /** Reverses an audited decision (review, claim correction, event or relation deletion, retraction). */
    public Undo undo(String auditId, String note, String by) {
        var entry = transactions.read(tx -> {
            var rows = tx.run("MATCH (x:AuditEntry {id: $id}) RETURN properties(x) AS p", Map.of("id", auditId)).list();
            return rows.isEmpty() ? null : rows.getFirst().get("p").asMap();
        });
        if (entry == null) {
            throw new NotFoundException("audit-entry-not-found", "No such audit entry",
                    "No audit entry has id '" + auditId + "'.");
        }
        if (entry.get("undoneBy") != null) {
            throw new ConflictException("already-undone", "Already undone",
                    "Audit entry '" + auditId + "' was already undone by '" + entry.get("undoneBy") + "'.");
        }
        String action = (String) entry.get("action");
        String targetId = (String) entry.get("targetId");
        Map<String, Object> before = audit.parse((String) entry.get("before"));
        if ("retract-article".equals(action)) {
            ArticleRetraction.restore(writer, before);
        }
        return transactions.write(tx -> {
            GraphTransactions.serialiseWriters(tx);
            var again = tx.run("MATCH (x:AuditEntry {id: $id}) SET x.writeLock = true REMOVE x.writeLock "
                    + "RETURN x.undoneBy AS undone", Map.of("id", auditId)).single();
            if (!again.get("undone").isNull()) {
                throw new ConflictException("already-undone", "Already undone",
                        "Audit entry '" + auditId + "' was already undone.");
            }
            String targetNode = switch (action) {
                case "review" -> {
                    var e = event(tx, targetId);
                    statuses.review(tx, targetId, before == null ? null : (String) before.get("reviewStatus"));
                    yield e.get("node").asString();
                }
                case "correct-claim" -> undoClaimCorrection(tx, targetId, before, by);
                case "delete-event" -> restoreEvent(tx, targetId);
                case "delete-relation" -> restoreRelation(tx, targetId, before);
                case "retract-article" -> tx.run("MATCH (a:Article {id: $id}) RETURN elementId(a) AS n",
                        Map.of("id", targetId)).single().get("n").asString();
                default -> throw new ConflictException("not-undoable", "Cannot be undone",
                        "Audit entry '" + auditId + "' records '" + action + "', which has no undo.");
            };
            String undoId = audit.record(tx, "undo", by, note, (String) entry.get("targetKind"), targetId, targetNode,
                    Map.of("undoes", auditId, "action", action), null);
            tx.run("MATCH (x:AuditEntry {id: $id}) SET x.undoneBy = $undo, x.undoneAt = datetime()",
                    Map.of("id", auditId, "undo", undoId)).consume();
            return new Undo(undoId, auditId, action);
        });
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Record event(QueryRunner tx, String eventId) {
        var rows = tx.run("""
                MATCH (e:Event {id: $id})
                RETURN elementId(e) AS node, e.reviewStatus AS review, properties(e) AS props
                """, Map.of("id", eventId)).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("event-not-found", "No such event",
                    "No event has id '" + eventId + "' (it may have been deleted or merged).");
        }
        return rows.getFirst();
    }

    private static Record claim(QueryRunner tx, String claimId) {
        var rows = tx.run("""
                MATCH (c:Claim {id: $id})-[:ABOUT]->(e:Event)
                OPTIONAL MATCH (c)-[:BY]->(s:Source)
                OPTIONAL MATCH (k:ClaimCorrection {id: $id})
                RETURN elementId(c) AS node, c.stance AS stance, c.articleId AS articleId, e.id AS eventId,
                       s.id AS sourceId, k.stance AS correctedStance, k.sourceId AS correctedSourceId,
                       k IS NOT NULL AS corrected
                """, Map.of("id", claimId)).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("claim-not-found", "No such claim",
                    "No claim has id '" + claimId + "' (its event may have been deleted).");
        }
        return rows.getFirst();
    }

    private static Map<String, Object> claimState(Record c) {
        Map<String, Object> state = new HashMap<>();
        state.put("stance", c.get("stance").asString(null));
        state.put("sourceId", c.get("sourceId").asString(null));
        if (c.get("corrected").asBoolean()) {
            Map<String, Object> k = new HashMap<>();
            k.put("stance", c.get("correctedStance").asString(null));
            k.put("sourceId", c.get("correctedSourceId").asString(null));
            state.put("correction", k);
        }
        return state;
    }

    /** Sets the claim's stance and speaker; with {@code keep} records them as the claim's ClaimCorrection. */
    private static void applyClaimCorrection(QueryRunner tx, String claimId, String stance, String sourceId,
                                             boolean keep, String by) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", claimId);
        params.put("stance", stance);
        params.put("sourceId", sourceId);
        params.put("keep", keep);
        params.put("by", by);
        tx.run("""
                MATCH (c:Claim {id: $id})
                SET c.stance = $stance, c.corrected = $keep
                WITH c
                OPTIONAL MATCH (c)-[old:BY]->(:Source)
                DELETE old
                WITH DISTINCT c
                OPTIONAL MATCH (s:Source {id: $sourceId})
                FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | MERGE (c)-[:BY]->(s))
                WITH c
                OPTIONAL MATCH (k:ClaimCorrection {id: $id})
                FOREACH (_ IN CASE WHEN $keep THEN [1] ELSE [] END |
                  MERGE (kk:ClaimCorrection {id: $id})
                  SET kk.stance = $stance, kk.sourceId = $sourceId, kk.by = $by, kk.at = datetime())
                FOREACH (_ IN CASE WHEN NOT $keep AND k IS NOT NULL THEN [1] ELSE [] END | DELETE k)
                """, params).consume();
    }

    private String undoClaimCorrection(QueryRunner tx, String claimId, Map<String, Object> before, String by) {
        var c = claim(tx, claimId);
        @SuppressWarnings("unchecked")
        Map<String, Object> correction = (Map<String, Object>) before.get("correction");
        applyClaimCorrection(tx, claimId, (String) before.get("stance"), (String) before.get("sourceId"),
                correction != null, by);
        if (correction == null) {
            // back to what was extracted: the extractor's stance and speaker
            tx.run("""
                    MATCH (c:Claim {id: $id})
                    SET c.stance = c.extractedStance
                    WITH c
                    MATCH (s:Source {id: c.extractedSourceId})
                    OPTIONAL MATCH (c)-[old:BY]->(:Source)
                    DELETE old
                    WITH DISTINCT c, s
                    MERGE (c)-[:BY]->(s)
                    """, Map.of("id", claimId)).consume();
        }
        statuses.recompute(tx, List.of(c.get("eventId").asString()));
        return c.get("node").asString();
    }

    private String restoreEvent(QueryRunner tx, String eventId) {
        var rows = tx.run("""
                MATCH (e:DeletedEvent {id: $id})
                OPTIONAL MATCH (c:DeletedClaim)-[:ABOUT]->(e)
                REMOVE c:DeletedClaim
                SET c:Claim
                WITH DISTINCT e
                REMOVE e:DeletedEvent, e.deletedAt
                SET e:Event
                RETURN elementId(e) AS node
                """, Map.of("id", eventId)).list();
        if (rows.isEmpty()) {
            throw new ConflictException("event-not-deleted", "Event is not deleted",
                    "Event '" + eventId + "' is not among the deleted events any more.");
        }
        statuses.recompute(tx, List.of(eventId));
        return rows.getFirst().get("node").asString();
    }

    private static String restoreRelation(QueryRunner tx, String relationId, Map<String, Object> before) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", relationId);
        params.put("type", before.get("type"));
        params.put("from", before.get("fromNode"));
        params.put("to", before.get("toNode"));
        params.put("props", before.get("props"));
        var rows = tx.run("""
                MATCH (a), (b) WHERE elementId(a) = $from AND elementId(b) = $to
                MERGE (a)-[r:$($type)]->(b)
                SET r += $props
                WITH r
                OPTIONAL MATCH (t:RelationTombstone {id: $id})
                DETACH DELETE t
                RETURN elementId(startNode(r)) AS node
                """, params).list();
        if (rows.isEmpty()) {
            throw new ConflictException("relation-ends-gone", "Relation cannot be restored",
                    "An end of relation '" + relationId + "' no longer exists (retracted or merged).");
        }
        return rows.getFirst().get("node").asString();
    }

    /** The Source id for an analyst-given name, created like an extracted source and mentioned by the article. */
    private String source(QueryRunner tx, String name, String articleId) {
        String id = resolver.resolve(tx, EntityKind.SOURCE, name, List.of(),
                new ResolutionContext(articleId, null, null, ArticleExtraction.empty(null, List.of())));
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("name", name);
        params.put("keys", NameKey.ofAll(name, List.of()));
        params.put("articleId", articleId);
        tx.run("""
                MERGE (s:Source {id: $id})
                ON CREATE SET s.name = $name, s.aliases = [], s.keys = $keys, s.searchText = $name
                WITH s
                OPTIONAL MATCH (a:Article {id: $articleId})
                FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (a)-[:MENTIONS]->(s))
                """, params).consume();
        return id;
    }

    private static EventDecision eventState(QueryRunner tx, String eventId, String auditId) {
        var r = tx.run("""
                MATCH (e:Event {id: $id})
                RETURN e.status AS status, e.derivedStatus AS derived, e.reviewStatus AS review
                """, Map.of("id", eventId)).single();
        return new EventDecision(eventId, r.get("status").asString(null), r.get("derived").asString(null),
                r.get("review").asString(null), auditId);
    }

    private static ClaimDecision claimDecision(QueryRunner tx, String claimId, String auditId) {
        var r = tx.run("""
                MATCH (c:Claim {id: $id})-[:ABOUT]->(e:Event)
                OPTIONAL MATCH (c)-[:BY]->(s:Source)
                RETURN e.id AS eventId, c.stance AS stance, c.extractedStance AS extracted, s.id AS sourceId,
                       s.name AS sourceName, e.status AS status
                """, Map.of("id", claimId)).single();
        return new ClaimDecision(claimId, r.get("eventId").asString(), r.get("stance").asString(null),
                r.get("extracted").asString(null), r.get("sourceId").asString(null),
                r.get("sourceName").asString(null), r.get("status").asString(null), auditId);
    }

    private static Map<String, Object> nullable(String key, Object value) {
        Map<String, Object> m = new HashMap<>();
        m.put(key, value);
        return m;
    }
}
