package org.conflictgraph.graph;

import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.QueryRunner;

/** Test coreference: the same summary is the same event (tests pick unique summaries). */
final class SummaryEventMatcher implements EventMatcher {

    @Override
    public Optional<String> match(QueryRunner tx, CandidateEvent event) {
        var rows = tx.run("MATCH (e:Event {summary: $s}) RETURN e.id AS id ORDER BY e.id LIMIT 1",
                Map.of("s", event.summary())).list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst().get("id").asString());
    }
}
