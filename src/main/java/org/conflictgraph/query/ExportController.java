package org.conflictgraph.query;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.conflictgraph.problem.BadInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /api/export}: the graph streamed out as JSON (restorable), CSV or GraphML. */
@RestController
@Tag(name = "graph")
class ExportController {

    private final GraphExporter exporter;

    ExportController(GraphExporter exporter) {
        this.exporter = exporter;
    }

    @GetMapping("/api/export")
    @Operation(summary = "Export the graph, streamed",
            description = "json: every node and relationship in the GraphExport format, which POST /api/import "
                    + "restores into an empty graph. csv: one table (claims: one row per claim with ACLED/UCDP-style "
                    + "columns event_type, event_date, place, country, actor1, actor2, fatalities, source, stance, "
                    + "status; events: one row per event; nodes; edges). graphml: nodes and edges for Gephi or "
                    + "Cytoscape (extractions left out). Read in one snapshot; never built in memory.")
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(description = "json, csv or graphml (default json)") @RequestParam(required = false)
            String format,
            @Parameter(description = "csv only: claims (default), events, nodes or edges")
            @RequestParam(required = false) String table) {
        String f = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "json" -> stream("conflict-graph.json", MediaType.APPLICATION_JSON, exporter::json);
            case "graphml" -> stream("conflict-graph.graphml", MediaType.APPLICATION_XML, exporter::graphml);
            case "csv" -> {
                GraphExporter.Table t = csvTable(table);
                yield stream("conflict-graph-" + t.name().toLowerCase(Locale.ROOT) + ".csv",
                        new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                        out -> exporter.csv(t, out));
            }
            default -> throw new BadInputException("unknown-export-format", "Unknown export format",
                    "format must be json, csv or graphml, was '" + format + "'.");
        };
    }

    private static GraphExporter.Table csvTable(String table) {
        if (table == null || table.isBlank()) {
            return GraphExporter.Table.CLAIMS;
        }
        try {
            return GraphExporter.Table.valueOf(table.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("unknown-export-table", "Unknown export table",
                    "table must be claims, events, nodes or edges, was '" + table + "'.", e);
        }
    }

    private static ResponseEntity<StreamingResponseBody> stream(String filename, MediaType type,
                                                                StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(type)
                .body(body);
    }
}
