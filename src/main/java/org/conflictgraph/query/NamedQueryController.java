package org.conflictgraph.query;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/queries} and {@code POST /api/queries/{name}}. */
@RestController
@Tag(name = "cypher")
class NamedQueryController {

    /** @param params the query's parameters by name; omitted ones take their defaults */
    record RunRequest(Map<String, Object> params) {
    }

    private final NamedQueries queries;

    NamedQueryController(NamedQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/queries")
    @Operation(summary = "List the named researcher queries with their parameters")
    Page<NamedQuery> list() {
        return new Page<>(List.copyOf(queries.all()), null);
    }

    @PostMapping("/api/queries/{name}")
    @Operation(summary = "Run a named query",
            description = "Same read-only checks, timeout and row cap as POST /api/cypher. Unknown, missing or "
                    + "mistyped parameters answer 400.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    examples = @ExampleObject(value = "{\"params\": {\"place\": \"Nangarhar\", \"year\": \"2015\"}}"))))
    CypherResult run(@Parameter(example = "disputed-killings") @PathVariable String name,
                     @RequestBody(required = false) RunRequest request) {
        return queries.run(name, request == null ? Map.of() : request.params());
    }
}
