package org.conflictgraph.query;

import java.util.List;
import java.util.Map;

/**
 * The JSON export format ({@code GET /api/export?format=json}), written as a stream in this order, which
 * {@code POST /api/import} reads back into an empty graph:
 * <pre>
 * {"format": "conflict-graph-export", "version": 1, "exportedAt": "2026-11-26T02:00:00Z",
 *  "nodes": [{"key": "4:…:17", "labels": ["Actor"], "properties": {"id": "actor-…", "name": "…", "aliases": […]}}, …],
 *  "relationships": [{"type": "LEADS", "start": "4:…:17", "end": "4:…:18", "properties": {…}}, …]}
 * </pre>
 * Every node is exported except bookkeeping ({@code SchemaMigration}, re-created at startup, and the writers' lock
 * node {@code WriteLock}). {@code key} is
 * the node's element id at export time, used only to join relationships to nodes inside this file. Property values
 * are JSON values when JSON has the type (string, boolean, integer, float: floats always carry a decimal point or
 * exponent, lists of these); other Neo4j types are tagged objects {@code {"$type": T, "value": V}} with T one of
 * {@code date}, {@code datetime}, {@code localdatetime}, {@code time}, {@code localtime}, {@code duration} (V the
 * ISO-8601 text, offsets kept), {@code point} (V {@code {srid, x, y[, z]}}) or {@code bytes} (V base64).
 *
 * @param format        always {@value #FORMAT}
 * @param version       {@value #VERSION}; an importer refuses versions it does not know
 * @param exportedAt    when the export started (ISO-8601)
 * @param nodes         all nodes
 * @param relationships all relationships between exported nodes
 */
public record GraphExport(String format, int version, String exportedAt, List<ExportedNode> nodes,
                          List<ExportedRelationship> relationships) {

    public static final String FORMAT = "conflict-graph-export";
    public static final int VERSION = 1;

    /** A node: its file-local key, labels and properties (typed as described on {@link GraphExport}). */
    public record ExportedNode(String key, List<String> labels, Map<String, Object> properties) {
    }

    /** A relationship between two node keys of the same file. */
    public record ExportedRelationship(String type, String start, String end, Map<String, Object> properties) {
    }
}
