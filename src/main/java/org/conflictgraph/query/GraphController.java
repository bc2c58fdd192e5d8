package org.conflictgraph.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The relationship view's data: a capped neighbourhood around one node. */
@RestController
@Tag(name = "graph", description = "Nodes and edges for views, and exports")
class GraphController {

    private final NeighbourhoodReader neighbourhoods;

    GraphController(NeighbourhoodReader neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping("/api/graph/neighbourhood")
    @Operation(summary = "Nodes and edges around one node",
            description = "Breadth-first up to depth hops, at most limit nodes, neighbours in a stable order "
                    + "(relationship type, id). Each node's omitted counts its relationships left out of edges, so "
                    + "hubs stay cheap and the view can offer to expand them.")
    Neighbourhood neighbourhood(
            @Parameter(description = "id of an actor, faction, place, source, event, claim or article", required = true)
            @RequestParam(required = false) String id,
            @Parameter(description = "hops, 1..3 (default 1)") @RequestParam(required = false) Integer depth,
            @Parameter(description = "show only events of this status") @RequestParam(required = false) String status,
            @Parameter(description = "node cap, 1..500 (default 100)") @RequestParam(required = false) Integer limit) {
        return neighbourhoods.around(id, depth, status, limit);
    }
}
