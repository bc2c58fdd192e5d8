package org.conflictgraph.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the graph out record by record inside one READ transaction (a consistent snapshot), never holding more
 * than one node or row in memory: JSON ({@link GraphExport}, restorable by {@code POST /api/import}), CSV tables with
 * ACLED/UCDP-style columns, and GraphML for Gephi / Cytoscape.
 */
@Service
class GraphExporter {

    enum Table { CLAIMS, EVENTS, NODES, EDGES }

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private static final String NODES = "MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:WriteLock RETURN n";
    private static final String RELATIONSHIPS = """
            MATCH (a)-[r]->(b) WHERE NOT a:SchemaMigration AND NOT b:SchemaMigration RETURN r
            """;

    private static final String CLAIM_ROWS = """
            MATCH (c:Claim)-[:ABOUT]->(e:Event)
            OPTIONAL MATCH (c)-[:BY]->(s:Source)
            OPTIONAL MATCH (c)-[:IN_ARTICLE]->(a:Article)
            RETURN e.id AS event_id, e.type AS event_type, toString(e.date) AS event_date, e.status AS status,
                   COLLECT { MATCH (e)-[:AT]->(p:Place) RETURN p.name } AS place,
                   COLLECT { MATCH (e)-[:AT]->(:Place)-[:IN*1..12]->(q:Place) WHERE NOT (q)-[:IN]->() RETURN q.name }
                       AS country,
                   COLLECT { MATCH (e)-[:PERPETRATED_BY]->(x) RETURN x.name } AS actor1,
                   COLLECT { MATCH (e)-[:TARGETED]->(x) RETURN x.name } AS actor2,
                   COLLECT { MATCH (e)-[:INVOLVED]->(x) RETURN x.name } AS involved,
                   e.fatalitiesLow AS event_fatalities_low, e.fatalitiesHigh AS event_fatalities_high,
                   c.id AS claim_id, s.name AS source, s.kind AS source_kind,
                   COLLECT { MATCH (s)-[:SPEAKS_FOR]->(f) RETURN f.name } AS speaks_for,
                   c.stance AS stance, c.cue AS cue, c.fatalitiesLow AS fatalities_low,
                   c.fatalitiesHigh AS fatalities_high,
                   COLLECT { MATCH (c)-[:BLAMES]->(b) RETURN b.name } AS blames,
                   a.id AS article_id, a.outlet AS outlet, toString(a.published) AS published, a.title AS title,
                   c.sentence AS sentence
            """;

    private static final String EVENT_ROWS = """
            MATCH (e:Event)
            RETURN e.id AS event_id, e.type AS event_type, toString(e.date) AS event_date, e.status AS status,
                   e.derivedStatus AS derived_status, e.reviewStatus AS review_status,
                   COLLECT { MATCH (e)-[:AT]->(p:Place) RETURN p.name } AS place,
                   COLLECT { MATCH (e)-[:AT]->(:Place)-[:IN*1..12]->(q:Place) WHERE NOT (q)-[:IN]->() RETURN q.name }
                       AS country,
                   COLLECT { MATCH (e)-[:PERPETRATED_BY]->(x) RETURN x.name } AS actor1,
                   COLLECT { MATCH (e)-[:TARGETED]->(x) RETURN x.name } AS actor2,
                   COLLECT { MATCH (e)-[:INVOLVED]->(x) RETURN x.name } AS involved,
                   e.fatalitiesLow AS fatalities_low, e.fatalitiesHigh AS fatalities_high,
                   COUNT { MATCH (c:Claim {stance: 'ASSERTS'})-[:ABOUT]->(e) } AS asserts,
                   COUNT { MATCH (c:Claim {stance: 'HEDGES'})-[:ABOUT]->(e) } AS hedges,
                   COUNT { MATCH (c:Claim {stance: 'DENIES'})-[:ABOUT]->(e) } AS denies,
                   COLLECT { MATCH (s:Source)<-[:BY]-(:Claim)-[:ABOUT]->(e) RETURN DISTINCT s.name } AS sources,
                   e.summary AS summary
            """;

    private static final String NODE_ROWS = """
            MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:Extraction
            RETURN elementId(n) AS key, n.id AS id, labels(n) AS labels,
                   coalesce(n.name, n.summary, n.cue, n.title) AS name, n.kind AS kind, n.type AS type,
                   n.status AS status, toString(n.date) AS date
            """;

    private static final String EDGE_ROWS = """
            MATCH (a)-[r]->(b) WHERE NOT a:SchemaMigration AND NOT b:SchemaMigration
                                 AND NOT a:Extraction AND NOT b:Extraction
            RETURN elementId(a) AS source_key, a.id AS source_id, type(r) AS type, elementId(b) AS target_key,
                   b.id AS target_id, r.id AS id, toString(r.since) AS since, toString(r.until) AS until,
                   r.ended AS ended
            """;

    /** Node and edge attributes declared in GraphML (Gephi needs them declared up front). */
    private static final Map<String, String> NODE_KEYS = linked("labels", "string", "id", "string", "name", "string",
            "kind", "string", "type", "string", "summary", "string", "date", "string", "status", "string",
            "stance", "string", "cue", "string", "sentence", "string", "title", "string", "outlet", "string",
            "published", "string", "fatalitiesLow", "long", "fatalitiesHigh", "long", "confidence", "double");
    private static final Map<String, String> EDGE_KEYS = linked("label", "string", "id", "string", "since", "string",
            "until", "string", "ended", "boolean");

    private final ReadTransactions reads;
    private final JsonMapper json;

    GraphExporter(ReadTransactions reads, JsonMapper json) {
        this.reads = reads;
        this.json = json;
    }

    private <T> T inSnapshot(java.util.function.Function<TransactionContext, T> work) {
        return reads.read(reads.properties().exportTimeout(), work::apply);
    }

    void json(OutputStream out) {
        inSnapshot(tx -> {
            try (JsonGenerator g = json.createGenerator(out)) {
                g.writeStartObject();
                g.writeStringProperty("format", GraphExport.FORMAT);
                g.writeNumberProperty("version", GraphExport.VERSION);
                g.writeStringProperty("exportedAt", Instant.now().toString());
                g.writeName("nodes");
                g.writeStartArray();
                var nodes = tx.run(NODES);
                while (nodes.hasNext()) {
                    Node n = nodes.next().get("n").asNode();
                    List<String> labels = new ArrayList<>();
                    n.labels().forEach(labels::add);
                    labels.sort(null);
                    g.writeStartObject();
                    g.writeStringProperty("key", n.elementId());
                    g.writeName("labels");
                    g.writePOJO(labels);
                    g.writeName("properties");
                    g.writePOJO(typed(n.asMap(v -> v)));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeName("relationships");
                g.writeStartArray();
                var relationships = tx.run(RELATIONSHIPS);
                while (relationships.hasNext()) {
                    Relationship r = relationships.next().get("r").asRelationship();
                    g.writeStartObject();
                    g.writeStringProperty("type", r.type());
                    g.writeStringProperty("start", r.startNodeElementId());
                    g.writeStringProperty("end", r.endNodeElementId());
                    g.writeName("properties");
                    g.writePOJO(typed(r.asMap(v -> v)));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            return null;
        });
    }

    /** Properties as JSON values, with non-JSON types tagged (see {@link GraphExport}). */
    static Map<String, Object> typed(Map<String, Value> properties) {
        Map<String, Object> out = new TreeMap<>();
        properties.forEach((k, v) -> out.put(k, typed(v)));
        return out;
    }

    static Object typed(Value v) {
        if (v.isNull()) {
            return null;
        }
        if (v.hasType(TYPES.LIST())) {
            List<Object> out = new ArrayList<>();
            v.values().forEach(x -> out.add(typed(x)));
            return out;
        }
        if (v.hasType(TYPES.STRING()) || v.hasType(TYPES.BOOLEAN()) || v.hasType(TYPES.INTEGER())) {
            return v.asObject();
        }
        if (v.hasType(TYPES.FLOAT())) {
            double d = v.asDouble();
            return Double.isFinite(d) ? d : tag("float", Double.toString(d));
        }
        String type;
        if (v.hasType(TYPES.DATE())) {
            type = "date";
        } else if (v.hasType(TYPES.DATE_TIME())) {
            type = "datetime";
        } else if (v.hasType(TYPES.LOCAL_DATE_TIME())) {
            type = "localdatetime";
        } else if (v.hasType(TYPES.TIME())) {
            type = "time";
        } else if (v.hasType(TYPES.LOCAL_TIME())) {
            type = "localtime";
        } else if (v.hasType(TYPES.DURATION())) {
            type = "duration";
        } else if (v.hasType(TYPES.POINT())) {
            return tag("point", CypherValues.scalar(v));
        } else if (v.hasType(TYPES.BYTES())) {
            return tag("bytes", Base64.getEncoder().encodeToString(v.asByteArray()));
        } else {
            type = v.type().name().toLowerCase(Locale.ROOT);
        }
        return tag(type, v.asObject().toString());
    }

    private static Map<String, Object> tag(String type, Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("$type", type);
        out.put("value", value);
        return out;
    }

    void csv(Table table, OutputStream out) {
        String query = switch (table) {
            case CLAIMS -> CLAIM_ROWS;
            case EVENTS -> EVENT_ROWS;
            case NODES -> NODE_ROWS;
            case EDGES -> EDGE_ROWS;
        };
        inSnapshot(tx -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                var result = tx.run(query);
                List<String> columns = result.keys();
                writeCsvRow(w, new ArrayList<>(columns));
                while (result.hasNext()) {
                    Record r = result.next();
                    List<Object> row = new ArrayList<>(columns.size());
                    for (Value v : r.values()) {
                        row.add(csvCell(v));
                    }
                    writeCsvRow(w, row);
                }
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private static Object csvCell(Value v) {
        if (v.isNull()) {
            return "";
        }
        if (v.hasType(TYPES.LIST())) {
            List<String> parts = new ArrayList<>();
            v.values().forEach(x -> parts.add(String.valueOf(csvCell(x))));
            return String.join("; ", parts);
        }
        return CypherValues.scalar(v);
    }

    /** RFC 4180 quoting; text cells that a spreadsheet would run as a formula get a leading apostrophe. */
    static void writeCsvRow(Writer w, List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            Object cell = cells.get(i);
            String s = cell == null ? "" : cell.toString();
            if (cell instanceof String && !s.isEmpty() && "=+@\t\r".indexOf(s.charAt(0)) >= 0) {
                s = "'" + s;
            }
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            w.write(s);
        }
        w.write("\r\n");
    }

    void graphml(OutputStream out) {
        inSnapshot(tx -> {
            try {
                XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                x.writeStartDocument("UTF-8", "1.0");
                x.writeStartElement("graphml");
                x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
                x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
                x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
                declareKeys(x, "node", "n_", NODE_KEYS);
                declareKeys(x, "edge", "e_", EDGE_KEYS);
                x.writeStartElement("graph");
                x.writeAttribute("id", "conflict-graph");
                x.writeAttribute("edgedefault", "directed");
                var nodes = tx.run("MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:Extraction RETURN n");
                while (nodes.hasNext()) {
                    Node n = nodes.next().get("n").asNode();
                    x.writeStartElement("node");
                    x.writeAttribute("id", n.elementId());
                    List<String> labels = new ArrayList<>();
                    n.labels().forEach(labels::add);
                    labels.sort(null);
                    writeData(x, "n_labels", String.join(":", labels));
                    for (String key : NODE_KEYS.keySet()) {
                        if (!key.equals("labels") && !n.get(key).isNull()) {
                            writeData(x, "n_" + key, String.valueOf(graphmlValue(n.get(key))));
                        }
                    }
                    x.writeEndElement();
                }
                var edges = tx.run("""
                        MATCH (a)-[r]->(b) WHERE NOT a:SchemaMigration AND NOT b:SchemaMigration
                                             AND NOT a:Extraction AND NOT b:Extraction
                        RETURN r
                        """);
                while (edges.hasNext()) {
                    Relationship r = edges.next().get("r").asRelationship();
                    x.writeStartElement("edge");
                    x.writeAttribute("id", r.elementId());
                    x.writeAttribute("source", r.startNodeElementId());
                    x.writeAttribute("target", r.endNodeElementId());
                    writeData(x, "e_label", r.type());
                    for (String key : EDGE_KEYS.keySet()) {
                        if (!key.equals("label") && !r.get(key).isNull()) {
                            writeData(x, "e_" + key, String.valueOf(graphmlValue(r.get(key))));
                        }
                    }
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndDocument();
                x.flush();
            } catch (XMLStreamException e) {
                throw new UncheckedIOException(new IOException(e));
            }
            return null;
        });
    }

    private static Object graphmlValue(Value v) {
        if (v.hasType(TYPES.LIST())) {
            List<String> parts = new ArrayList<>();
            v.values().forEach(x -> parts.add(String.valueOf(graphmlValue(x))));
            return String.join("; ", parts);
        }
        return CypherValues.scalar(v);
    }

    private static void declareKeys(XMLStreamWriter x, String domain, String prefix, Map<String, String> keys)
            throws XMLStreamException {
        for (var k : keys.entrySet()) {
            x.writeEmptyElement("key");
            x.writeAttribute("id", prefix + k.getKey());
            x.writeAttribute("for", domain);
            x.writeAttribute("attr.name", k.getKey());
            x.writeAttribute("attr.type", k.getValue());
        }
    }

    private static void writeData(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
