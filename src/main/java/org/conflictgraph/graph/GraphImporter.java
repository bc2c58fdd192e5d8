package org.conflictgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.ConflictException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores a JSON export ({@code org.conflictgraph.query.GraphExport}, version 1) into an empty graph: backup and
 * restore. The upload is spooled to a temporary file and read twice, streaming: first validated completely (format,
 * version, unique node keys, relationships between known keys, well-formed typed values), then written in batches of
 * {@value #BATCH} under the writers' lock. The graph must be empty (apart from bookkeeping nodes); should a batch fail
 * half-way, everything imported so far is deleted again, so a failed import leaves the graph as it was.
 */
@Service
public class GraphImporter {

    /** What an import wrote. */
    public record ImportResult(long nodes, long relationships) {
    }

    static final int BATCH = 1000;
    static final String FORMAT = "conflict-graph-export";
    private static final Set<String> BOOKKEEPING = Set.of("SchemaMigration", "WriteLock");
    private static final Pattern DURATION = Pattern.compile(
            "P(?:(-?\\d+)Y)?(?:(-?\\d+)M)?(?:(-?\\d+)W)?(?:(-?\\d+)D)?(?:T(?:(-?\\d+)H)?(?:(-?\\d+)M)?(?:(-?[\\d.]+)S)?)?");

    private final GraphTransactions transactions;
    private final JsonMapper json;

    @Autowired
    GraphImporter(GraphTransactions transactions, JsonMapper json) {
        this.transactions = transactions;
        this.json = json;
    }

    /** For tools and tests that hold a driver of their own. */
    public GraphImporter(Driver driver, JsonMapper json) {
        this(new GraphTransactions(driver), json);
    }

    public ImportResult restore(InputStream body) {
        Path spool = null;
        try {
            spool = Files.createTempFile("conflict-graph-import", ".json");
            Files.copy(body, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Set<String> keys = validate(spool);
            requireEmpty();
            try {
                return write(spool, keys.size());
            } catch (RuntimeException e) {
                transactions.write(tx -> {
                    GraphTransactions.serialiseWriters(tx);
                    tx.run("MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:WriteLock DETACH DELETE n").consume();
                    return null;
                });
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spool the import", e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private void requireEmpty() {
        long existing = transactions.read(tx -> tx.run(
                "MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:WriteLock RETURN count(n) AS n")
                .single().get("n").asLong());
        if (existing > 0) {
            throw new ConflictException("graph-not-empty", "Graph not empty",
                    "Import restores an export into an empty graph; this one has " + existing + " nodes. Start "
                            + "the service on a fresh data directory, then import.");
        }
    }

    /** Pass 1: the whole file is checked before anything is written. */
    private Set<String> validate(Path file) throws IOException {
        Set<String> keys = new HashSet<>();
        read(file, node -> {
            String key = text(node, "key", "node");
            if (!keys.add(key)) {
                throw invalid("node key '" + key + "' appears twice");
            }
            if (!node.path("labels").isArray()) {
                throw invalid("node '" + key + "' needs a labels array");
            }
            properties(node.path("properties"));
        }, rel -> {
            text(rel, "type", "relationship");
            for (String end : List.of("start", "end")) {
                String key = text(rel, end, "relationship");
                if (!keys.contains(key)) {
                    throw invalid("relationship " + end + " '" + key + "' is not a node key of this file");
                }
            }
            properties(rel.path("properties"));
        });
        return keys;
    }

    /** Pass 2: nodes, then relationships, in batches. */
    private ImportResult write(Path file, int expectedNodes) throws IOException {
        Map<String, String> elementIds = new HashMap<>(Math.max(16, expectedNodes * 2));
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> relationships = new ArrayList<>();
        long[] counts = new long[2];
        read(file, node -> {
            List<String> labels = new ArrayList<>();
            node.path("labels").forEach(l -> labels.add(l.asString()));
            if (labels.stream().anyMatch(BOOKKEEPING::contains)) {
                return;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("key", node.path("key").asString());
            row.put("labels", labels);
            row.put("props", properties(node.path("properties")));
            nodes.add(row);
            if (nodes.size() == BATCH) {
                counts[0] += flushNodes(nodes, elementIds);
            }
        }, rel -> {
            if (!nodes.isEmpty()) {
                counts[0] += flushNodes(nodes, elementIds);
            }
            String start = elementIds.get(rel.path("start").asString());
            String end = elementIds.get(rel.path("end").asString());
            if (start == null || end == null) {
                return; // an end was a bookkeeping node
            }
            Map<String, Object> row = new HashMap<>();
            row.put("start", start);
            row.put("end", end);
            row.put("type", rel.path("type").asString());
            row.put("props", properties(rel.path("properties")));
            relationships.add(row);
            if (relationships.size() == BATCH) {
                counts[1] += flushRelationships(relationships);
            }
        });
        if (!nodes.isEmpty()) {
            counts[0] += flushNodes(nodes, elementIds);
        }
        if (!relationships.isEmpty()) {
            counts[1] += flushRelationships(relationships);
        }
        return new ImportResult(counts[0], counts[1]);
    }

    private long flushNodes(List<Map<String, Object>> rows, Map<String, String> elementIds) {
        var created = transactions.write(tx -> {
            GraphTransactions.serialiseWriters(tx);
            return tx.run("""
                    UNWIND $rows AS row
                    CREATE (n)
                    SET n = row.props
                    SET n:$(row.labels)
                    RETURN row.key AS key, elementId(n) AS elementId
                    """, Map.of("rows", rows)).list(r -> Map.entry(r.get("key").asString(),
                    r.get("elementId").asString()));
        });
        created.forEach(e -> elementIds.put(e.getKey(), e.getValue()));
        rows.clear();
        return created.size();
    }

    private long flushRelationships(List<Map<String, Object>> rows) {
        long n = transactions.write(tx -> {
            GraphTransactions.serialiseWriters(tx);
            return tx.run("""
                    UNWIND $rows AS row
                    MATCH (a) WHERE elementId(a) = row.start
                    MATCH (b) WHERE elementId(b) = row.end
                    CREATE (a)-[r:$(row.type)]->(b)
                    SET r = row.props
                    RETURN count(r) AS n
                    """, Map.of("rows", rows)).single().get("n").asLong();
        });
        rows.clear();
        return n;
    }

    private interface Handler {
        void accept(JsonNode item);
    }

    /** Streams the file: header fields, then each node and relationship as a small tree. */
    private void read(Path file, Handler onNode, Handler onRelationship) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = json.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw invalid("the body must be a JSON object");
            }
            boolean formatSeen = false;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format" -> {
                        if (!FORMAT.equals(p.getValueAsString())) {
                            throw invalid("format must be '" + FORMAT + "'");
                        }
                        formatSeen = true;
                    }
                    case "version" -> {
                        if (p.getValueAsInt(-1) != 1) {
                            throw invalid("version " + p.getString() + " is not supported (only 1)");
                        }
                    }
                    case "nodes", "relationships" -> {
                        if (!formatSeen) {
                            throw invalid("format must come before " + name);
                        }
                        if (p.currentToken() != JsonToken.START_ARRAY) {
                            throw invalid(name + " must be an array");
                        }
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            JsonNode item = p.readValueAsTree();
                            (name.equals("nodes") ? onNode : onRelationship).accept(item);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (!formatSeen) {
                throw invalid("format is missing");
            }
        } catch (JacksonException e) {
            throw new BadInputException("invalid-import", "Invalid import file",
                    "The body is not a well-formed export: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode node, String field, String what) {
        JsonNode v = node.path(field);
        if (!v.isString() || v.asString().isEmpty()) {
            throw invalid("every " + what + " needs a string '" + field + "'");
        }
        return v.asString();
    }

    private static Map<String, Object> properties(JsonNode props) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (props.isMissingNode() || props.isNull()) {
            return out;
        }
        if (!props.isObject()) {
            throw invalid("properties must be an object");
        }
        for (var e : props.properties()) {
            Object v = value(e.getValue());
            if (v != null) {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    static Object value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.asString();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isArray()) {
            List<Object> out = new ArrayList<>();
            v.forEach(x -> out.add(value(x)));
            return out;
        }
        if (v.isObject() && v.has("$type")) {
            return typed(v.path("$type").asString(), v.path("value"));
        }
        throw invalid("a property value must be a JSON scalar, a list or a {$type, value} object");
    }

    private static Object typed(String type, JsonNode value) {
        try {
            return switch (type) {
                case "date" -> LocalDate.parse(value.asString());
                case "datetime" -> value.asString().endsWith("]") ? ZonedDateTime.parse(value.asString())
                        : OffsetDateTime.parse(value.asString());
                case "localdatetime" -> LocalDateTime.parse(value.asString());
                case "time" -> OffsetTime.parse(value.asString());
                case "localtime" -> LocalTime.parse(value.asString());
                case "duration" -> duration(value.asString());
                case "bytes" -> Base64.getDecoder().decode(value.asString());
                case "float" -> Double.parseDouble(value.asString());
                case "point" -> value.has("z")
                        ? Values.point(value.path("srid").asInt(), value.path("x").asDouble(),
                        value.path("y").asDouble(), value.path("z").asDouble()).asPoint()
                        : Values.point(value.path("srid").asInt(), value.path("x").asDouble(),
                        value.path("y").asDouble()).asPoint();
                default -> throw invalid("unknown $type '" + type + "'");
            };
        } catch (RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException("invalid-import", "Invalid import file",
                    "The " + type + " value '" + value + "' is malformed.", e);
        }
    }

    private static Object duration(String s) {
        Matcher m = DURATION.matcher(s);
        if (!m.matches()) {
            throw invalid("malformed duration '" + s + "'");
        }
        long months = num(m.group(1)) * 12 + num(m.group(2));
        long days = num(m.group(3)) * 7 + num(m.group(4));
        double secs = num(m.group(5)) * 3600.0 + num(m.group(6)) * 60.0
                + (m.group(7) == null ? 0 : Double.parseDouble(m.group(7)));
        long wholeSeconds = (long) Math.floor(secs);
        int nanos = (int) Math.round((secs - wholeSeconds) * 1e9);
        return Values.isoDuration(months, days, wholeSeconds, nanos).asIsoDuration();
    }

    private static long num(String s) {
        return s == null ? 0 : Long.parseLong(s);
    }

    private static BadInputException invalid(String what) {
        return new BadInputException("invalid-import", "Invalid import file", "The export file is invalid: " + what
                + ". POST /api/import takes the body of GET /api/export?format=json unchanged.");
    }
}
