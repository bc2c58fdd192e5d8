package org.conflictgraph.query;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cypher}: read-only Cypher for researchers. */
@RestController
@Tag(name = "cypher", description = "Read-only Cypher and named queries")
class CypherController {

    /**
     * @param query  one Cypher statement, read-only
     * @param params its {@code $parameters}
     */
    record CypherRequest(String query, Map<String, Object> params) {
    }

    private final ReadOnlyCypher cypher;

    CypherController(ReadOnlyCypher cypher) {
        this.cypher = cypher;
    }

    @PostMapping("/api/cypher")
    @Operation(summary = "Run a read-only Cypher query",
            description = "Planned with EXPLAIN first: refused unless the planner says READ_ONLY, and when the plan "
                    + "loads CSV, calls a procedure outside db.labels, db.relationshipTypes, db.propertyKeys, "
                    + "db.index.fulltext.queryNodes/queryRelationships, db.schema.* or runs a command. Runs in a READ "
                    + "transaction with a timeout (conflict-graph.query.timeout, 5 s) and a row cap "
                    + "(conflict-graph.query.max-rows, 10,000; truncated: true beyond). Nodes are {id, elementId, "
                    + "labels, properties}, relationships {id, type, start, end, properties}, paths lists.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = """
                            {"query": "MATCH (e:Event {status: $status})-[:AT]->(p:Place) RETURN e.id, p.name LIMIT 10",
                             "params": {"status": "DISPUTED"}}"""))))
    CypherResult run(@RequestBody CypherRequest request) {
        return cypher.run(request.query(), request.params());
    }
}
