package org.conflictgraph.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.QueryRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code (:AuditEntry {id, action, by, at, note, before, after, targetId, targetKind})-[:ON]->(target)} in the
 * caller's transaction; before/after are JSON documents of what the action changed, enough to undo it.
 */
@Component
class AuditTrail {

    private final JsonMapper json;

    AuditTrail(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param targetElementId the element id of the node the entry is about, or null when it no longer exists
     * @return the entry's id
     */
    String record(QueryRunner tx, String action, String by, String note, String targetKind, String targetId,
                  String targetElementId, Map<String, ?> before, Map<String, ?> after) {
        String id = "audit-" + UUID.randomUUID();
        Map<String, Object> props = new HashMap<>();
        props.put("id", id);
        props.put("action", action);
        props.put("by", by == null || by.isBlank() ? "anonymous" : by);
        props.put("note", note);
        props.put("targetKind", targetKind);
        props.put("targetId", targetId);
        props.put("before", before == null ? null : json.writeValueAsString(before));
        props.put("after", after == null ? null : json.writeValueAsString(after));
        Map<String, Object> params = new HashMap<>();
        params.put("props", props);
        params.put("target", targetElementId);
        tx.run("""
                CREATE (a:AuditEntry)
                SET a = $props, a.at = datetime()
                WITH a
                OPTIONAL MATCH (t) WHERE elementId(t) = $target
                FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (a)-[:ON]->(t))
                """, params).consume();
        return id;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> parse(String document) {
        return document == null ? null : json.readValue(document, Map.class);
    }
}
