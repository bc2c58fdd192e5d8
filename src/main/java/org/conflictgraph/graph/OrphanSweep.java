package org.conflictgraph.graph;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.QueryRunner;
import org.springframework.stereotype.Component;

/**
 * After an article's contribution was taken out (retraction, re-extraction) and the new one written: deletes the
 * events no claim is about any more (unless an analyst reviewed them) and the entities no article mentions.
 * Relations and participant links lost their support when the contribution was removed.
 */
@Component
class OrphanSweep {

    void sweep(QueryRunner tx, Collection<String> eventIds, Collection<String> entityElementIds) {
        tx.run(GraphTransactions.KEEP_PLAN + """
                MATCH (e:Event) WHERE e.id IN $ids
                  AND e.reviewStatus IS NULL
                  AND NOT EXISTS { (:Claim)-[:ABOUT]->(e) }
                OPTIONAL MATCH (sc:StatusChange)-[:OF]->(e)
                DETACH DELETE sc, e
                """, Map.of("ids", List.copyOf(eventIds))).consume();
        tx.run(GraphTransactions.KEEP_PLAN + """
                MATCH (n) WHERE elementId(n) IN $ids
                  AND NOT EXISTS { (:Article)-[:MENTIONS]->(n) }
                DETACH DELETE n
                """, Map.of("ids", List.copyOf(entityElementIds))).consume();
    }
}
