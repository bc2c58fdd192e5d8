package org.conflictgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Recomputes events' derived status from all their claims (via {@link StatusDeriver}) and their fatality range,
 * and records each change of status as {@code (:StatusChange {id, from, to, rule, at, claimIds})-[:OF]->(:Event)}.
 * Callers hold the writers' lock ({@link GraphTransactions#serialiseWriters}), so two articles touching one event
 * recompute one after the other.
 */
@Component
class EventStatuses {

    /** Records a change of an event's effective status that an analyst caused (review, undo). */
    static final String RULE_ANALYST = "ANALYST_REVIEW";

    void recompute(QueryRunner tx, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        List<String> ids = eventIds.stream().distinct().sorted().toList();
        var records = tx.run(GraphTransactions.KEEP_PLAN + """
                UNWIND $ids AS id
                MATCH (e:Event {id: id})
                OPTIONAL MATCH (c:Claim)-[:ABOUT]->(e)
                OPTIONAL MATCH (c)-[:BY]->(s:Source)
                OPTIONAL MATCH (c)-[:IN_ARTICLE]->(a:Article)
                CALL (s) {
                  OPTIONAL MATCH (s)-[:SPEAKS_FOR]->(f:Faction)
                  RETURN f.id AS bodyId ORDER BY f.id LIMIT 1
                }
                CALL (a) {
                  OPTIONAL MATCH (a)-[:SYNDICATES*1..10]->(root:Article)
                  WHERE NOT (root)-[:SYNDICATES]->()
                  RETURN root.id AS rootId LIMIT 1
                }
                WITH e, c, s, a, bodyId, rootId ORDER BY c.id
                RETURN e.id AS id, e.derivedStatus AS derived, e.reviewStatus AS review, e.status AS status,
                       collect(CASE WHEN c IS NULL THEN null ELSE {claimId: c.id, stance: c.stance, sourceId: s.id,
                               bodyId: bodyId, articleId: a.id, rootId: coalesce(rootId, a.id),
                               low: c.fatalitiesLow, high: c.fatalitiesHigh} END) AS claims
                """, Map.of("ids", ids)).list();
        List<Map<String, Object>> updates = new ArrayList<>();
        for (var r : records) {
            List<StatusDeriver.ClaimFact> facts = new ArrayList<>();
            Integer low = null;
            Integer high = null;
            for (Value c : r.get("claims").values()) {
                String stance = c.get("stance").asString(null);
                facts.add(new StatusDeriver.ClaimFact(c.get("claimId").asString(), stance,
                        c.get("sourceId").asString(null), c.get("bodyId").asString(null),
                        c.get("articleId").asString(null), c.get("rootId").asString(null)));
                if (!"DENIES".equals(stance)) {
                    if (!c.get("low").isNull()) {
                        low = low == null ? c.get("low").asInt() : Math.min(low, c.get("low").asInt());
                    }
                    if (!c.get("high").isNull()) {
                        high = high == null ? c.get("high").asInt() : Math.max(high, c.get("high").asInt());
                    }
                }
            }
            StatusDeriver.Derivation d = StatusDeriver.derive(facts);
            String before = r.get("derived").asString(null);
            String review = r.get("review").asString(null);
            Map<String, Object> u = new HashMap<>();
            u.put("id", r.get("id").asString());
            u.put("derived", d.status());
            u.put("status", review != null ? review : d.status());
            u.put("low", low);
            u.put("high", high);
            if (!Objects.equals(before, d.status())) {
                u.put("change", changeRow(before, d.status(), d.rule(), d.claimIds()));
            }
            updates.add(u);
        }
        tx.run(GraphTransactions.KEEP_PLAN + """
                UNWIND $rows AS row
                MATCH (e:Event {id: row.id})
                SET e.derivedStatus = row.derived, e.status = row.status,
                    e.fatalitiesLow = row.low, e.fatalitiesHigh = row.high
                WITH e, row WHERE row.change IS NOT NULL
                CREATE (sc:StatusChange {id: row.change.id, from: row.change.from, to: row.change.to,
                                         rule: row.change.rule, claimIds: row.change.claimIds, at: datetime()})
                CREATE (sc)-[:OF]->(e)
                """, Map.of("rows", updates)).consume();
    }

    /** Sets or clears the analyst's decision and records the change of the effective status. */
    void review(QueryRunner tx, String eventId, String reviewStatus) {
        var r = tx.run(GraphTransactions.KEEP_PLAN + """
                MATCH (e:Event {id: $id})
                SET e.writeLock = true
                REMOVE e.writeLock
                RETURN e.status AS status, e.derivedStatus AS derived
                """, Map.of("id", eventId)).single();
        String before = r.get("status").asString(null);
        String after = reviewStatus != null ? reviewStatus : r.get("derived").asString(null);
        Map<String, Object> params = new HashMap<>();
        params.put("id", eventId);
        params.put("review", reviewStatus);
        params.put("status", after);
        params.put("change", Objects.equals(before, after) ? null : changeRow(before, after, RULE_ANALYST, List.of()));
        tx.run(GraphTransactions.KEEP_PLAN + """
                MATCH (e:Event {id: $id})
                SET e.reviewStatus = $review, e.status = $status
                WITH e WHERE $change IS NOT NULL
                CREATE (sc:StatusChange {id: $change.id, from: $change.from, to: $change.to, rule: $change.rule,
                                         claimIds: $change.claimIds, at: datetime()})
                CREATE (sc)-[:OF]->(e)
                """, params).consume();
    }

    private static Map<String, Object> changeRow(String from, String to, String rule, List<String> claimIds) {
        Map<String, Object> change = new HashMap<>();
        change.put("id", "status-change-" + UUID.randomUUID());
        change.put("from", from);
        change.put("to", to);
        change.put("rule", rule);
        change.put("claimIds", claimIds);
        return change;
    }
}
