package org.conflictgraph.query;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns driver values into plain JSON values, the same way for every researcher query:
 * <ul>
 *   <li>node: {@code {id, elementId, labels, properties}}; {@code id} is our {@code id} property, else the
 *       element id;</li>
 *   <li>relationship: {@code {id, type, start, end, properties}}; {@code start}/{@code end} are the {@code id}s of
 *       its nodes as above, {@code id} its own {@code id} property or element id;</li>
 *   <li>path: a list alternating node, relationship, node, ...;</li>
 *   <li>temporal values and durations: ISO-8601 strings (offsets kept); points {@code {srid, x, y[, z]}};
 *       byte arrays base64; NaN and infinities as strings (JSON has no such numbers).</li>
 * </ul>
 * Relationship ends need the {@code id} of nodes that may not be in the result: {@link #relationshipEnds} collects
 * their element ids so the caller can look them up in the same transaction.
 */
final class CypherValues {

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    /** element id -> our id, for nodes seen in the result or looked up afterwards. */
    private final Map<String, String> nodeIds;

    CypherValues(Map<String, String> nodeIds) {
        this.nodeIds = nodeIds;
    }

    /** Element ids of relationship ends in {@code values} whose nodes are not themselves in the values. */
    static Set<String> relationshipEnds(Iterable<Value> values, Map<String, String> nodeIdsOut) {
        Set<String> ends = new HashSet<>();
        for (Value v : values) {
            collect(v, ends, nodeIdsOut);
        }
        ends.removeAll(nodeIdsOut.keySet());
        return ends;
    }

    private static void collect(Value v, Set<String> ends, Map<String, String> nodeIds) {
        if (v.hasType(TYPES.NODE())) {
            Node n = v.asNode();
            nodeIds.put(n.elementId(), idOf(n.elementId(), n.get("id")));
        } else if (v.hasType(TYPES.RELATIONSHIP())) {
            Relationship r = v.asRelationship();
            ends.add(r.startNodeElementId());
            ends.add(r.endNodeElementId());
        } else if (v.hasType(TYPES.PATH())) {
            for (Node n : v.asPath().nodes()) {
                nodeIds.put(n.elementId(), idOf(n.elementId(), n.get("id")));
            }
        } else if (v.hasType(TYPES.LIST()) || v.hasType(TYPES.MAP())) {
            for (Value child : v.values()) {
                collect(child, ends, nodeIds);
            }
        }
    }

    static String idOf(String elementId, Value idProperty) {
        if (idProperty == null || idProperty.isNull()) {
            return elementId;
        }
        return idProperty.hasType(TYPES.STRING()) ? idProperty.asString() : idProperty.asObject().toString();
    }

    Object toJson(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.hasType(TYPES.NODE())) {
            return node(v.asNode());
        }
        if (v.hasType(TYPES.RELATIONSHIP())) {
            return relationship(v.asRelationship());
        }
        if (v.hasType(TYPES.PATH())) {
            return path(v.asPath());
        }
        if (v.hasType(TYPES.LIST())) {
            List<Object> out = new ArrayList<>(v.size());
            for (Value child : v.values()) {
                out.add(toJson(child));
            }
            return out;
        }
        if (v.hasType(TYPES.MAP())) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String key : v.keys()) {
                out.put(key, toJson(v.get(key)));
            }
            return out;
        }
        return scalar(v);
    }

    static Object scalar(Value v) {
        if (v.hasType(TYPES.STRING())) {
            return v.asString();
        }
        if (v.hasType(TYPES.BOOLEAN())) {
            return v.asBoolean();
        }
        if (v.hasType(TYPES.INTEGER())) {
            return v.asLong();
        }
        if (v.hasType(TYPES.FLOAT())) {
            double d = v.asDouble();
            return Double.isFinite(d) ? d : Double.toString(d);
        }
        if (v.hasType(TYPES.BYTES())) {
            return Base64.getEncoder().encodeToString(v.asByteArray());
        }
        if (v.hasType(TYPES.POINT())) {
            var p = v.asPoint();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("srid", p.srid());
            out.put("x", p.x());
            out.put("y", p.y());
            if (!Double.isNaN(p.z())) {
                out.put("z", p.z());
            }
            return out;
        }
        // dates, times, date-times (offset kept) and durations: their ISO-8601 text
        return v.asObject().toString();
    }

    Map<String, Object> node(Node n) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", idOf(n.elementId(), n.get("id")));
        out.put("elementId", n.elementId());
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        labels.sort(null);
        out.put("labels", labels);
        out.put("properties", properties(n.asMap(v -> v)));
        return out;
    }

    Map<String, Object> relationship(Relationship r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", idOf(r.elementId(), r.get("id")));
        out.put("type", r.type());
        out.put("start", nodeIds.getOrDefault(r.startNodeElementId(), r.startNodeElementId()));
        out.put("end", nodeIds.getOrDefault(r.endNodeElementId(), r.endNodeElementId()));
        out.put("properties", properties(r.asMap(v -> v)));
        return out;
    }

    private List<Object> path(Path p) {
        List<Object> out = new ArrayList<>();
        out.add(node(p.start()));
        for (Path.Segment s : p) {
            out.add(relationship(s.relationship()));
            out.add(node(s.end()));
        }
        return out;
    }

    private Map<String, Object> properties(Map<String, Value> props) {
        Map<String, Object> out = new TreeMap<>();
        props.forEach((k, v) -> out.put(k, toJson(v)));
        return out;
    }
}
