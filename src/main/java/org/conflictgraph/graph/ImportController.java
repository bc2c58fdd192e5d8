package org.conflictgraph.graph;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/import}: restore a JSON export into an empty graph (admin role). */
@RestController
@Tag(name = "graph")
class ImportController {

    private final GraphImporter importer;

    ImportController(GraphImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Restore a JSON export into an empty graph",
            description = "The body is GET /api/export?format=json unchanged. Validated completely before anything "
                    + "is written; 409 graph-not-empty unless the graph is empty; a failed import leaves it empty.")
    GraphImporter.ImportResult restore(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return importer.restore(body);
        }
    }
}
