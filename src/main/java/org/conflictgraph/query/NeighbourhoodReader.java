package org.conflictgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.NotFoundException;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/**
 * Hub-safe neighbourhoods: breadth-first up to {@code depth} hops, never more than {@code limit} nodes. Each node's
 * neighbours are taken in a stable order (relationship type, neighbour id), at most as many as the budget has left,
 * so a hub with 10,000 claims costs one sorted scan, not 10,000 nodes in the answer; what was left out is counted
 * per node ({@code omitted}). Only the graph's content is shown: Actor, Faction, Place, Source, Event, Claim and
 * Article nodes (not extractions, status changes, audit entries or jobs). {@code status} drops events of other
 * statuses (the centre itself is always shown).
 */
@Service
class NeighbourhoodReader {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final Set<String> VISIBLE = Set.of("Actor", "Faction", "Place", "Source", "Event", "Claim", "Article");
    /** Bulky or internal properties the view never needs. */
    private static final Set<String> HIDDEN_PROPERTIES = Set.of("text", "json", "keys", "searchText",
            "paragraphStarts", "paragraphEnds", "simhash", "contentHash", "writeLock", "articleIds");

    static final String CENTRE = """
            CALL () {
              MATCH (n:Actor {id: $id}) RETURN n
              UNION MATCH (n:Faction {id: $id}) RETURN n
              UNION MATCH (n:Place {id: $id}) RETURN n
              UNION MATCH (n:Source {id: $id}) RETURN n
              UNION MATCH (n:Event {id: $id}) RETURN n
              UNION MATCH (n:Claim {id: $id}) RETURN n
              UNION MATCH (n:Article {id: $id}) RETURN n
            }
            RETURN n LIMIT 1
            """;

    static final String EXPAND = """
            UNWIND $frontier AS eid
            MATCH (n) WHERE elementId(n) = eid
            CALL (n) {
              MATCH (n)-[r]-(m:Actor|Faction|Place|Source|Event|Claim|Article)
              WHERE $status IS NULL OR NOT m:Event OR m.status = $status
              WITH m, r LIMIT $scan
              WITH m, min(type(r)) AS firstType
              ORDER BY firstType, coalesce(m.id, elementId(m))
              LIMIT $perNode
              RETURN collect(m) AS neighbours
            }
            RETURN eid, neighbours
            """;

    static final String EDGES_AND_DEGREES = """
            UNWIND $ids AS eid
            MATCH (n) WHERE elementId(n) = eid
            RETURN eid,
                   COUNT { MATCH (n)-[]-(m:Actor|Faction|Place|Source|Event|Claim|Article)
                           WHERE $status IS NULL OR NOT m:Event OR m.status = $status } AS degree,
                   COLLECT { MATCH (n)-[r]->(m) WHERE elementId(m) IN $ids RETURN r } AS out
            """;

    /**
     * Without a status filter the degree comes from the store's per-type counts (constant time on a hub with
     * 50,000 relationships), less the relationships to the hidden nodes: extractions, audit entries and status
     * changes. Deleted events and claims (relabelled) still count there; the view shows them as "more".
     */
    static final String EDGES_AND_STORE_DEGREES = """
            UNWIND $ids AS eid
            MATCH (n) WHERE elementId(n) = eid
            RETURN eid,
                   COUNT { (n)--() } - COUNT { (n)-[:HAS_EXTRACTION|ON|OF]-() } AS degree,
                   COLLECT { MATCH (n)-[r]->(m) WHERE elementId(m) IN $ids RETURN r } AS out
            """;

    /** Relationships a node's expansion reads at most: a hub's first ones, not all of them, before ordering. */
    static final int SCAN_PER_NODE = 5_000;

    private final ReadTransactions reads;

    NeighbourhoodReader(ReadTransactions reads) {
        this.reads = reads;
    }

    Neighbourhood around(String id, Integer depth, String status, Integer limit) {
        if (id == null || id.isBlank()) {
            throw new BadInputException("missing-id", "Missing id", "id must name the node at the centre.");
        }
        int hops = depth == null ? 1 : depth;
        if (hops < 1 || hops > 3) {
            throw new BadInputException("invalid-depth", "Invalid depth", "depth must be 1, 2 or 3, was " + hops + ".");
        }
        int cap = PageRequest.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        String wanted = EventFilter.NONE.withStatus(status);
        return reads.read(tx -> {
            var centre = tx.run(CENTRE, Map.of("id", id)).list();
            if (centre.isEmpty()) {
                throw new NotFoundException("node-not-found", "Node not found",
                        "No actor, faction, place, source, event, claim or article has the id '" + id + "'.");
            }
            var start = centre.getFirst().get("n").asNode();
            Map<String, org.neo4j.driver.types.Node> nodes = new LinkedHashMap<>();
            Map<String, Integer> depths = new HashMap<>();
            nodes.put(start.elementId(), start);
            depths.put(start.elementId(), 0);
            List<String> frontier = List.of(start.elementId());
            for (int level = 1; level <= hops && !frontier.isEmpty() && nodes.size() < cap; level++) {
                Map<String, Object> params = new HashMap<>();
                params.put("frontier", frontier);
                params.put("status", wanted);
                params.put("perNode", cap);
                params.put("scan", Math.max(SCAN_PER_NODE, cap * 10));
                Map<String, List<Value>> found = new HashMap<>();
                tx.run(EXPAND, params).forEachRemaining(r ->
                        found.put(r.get("eid").asString(), r.get("neighbours").asList(v -> v)));
                List<String> next = new ArrayList<>();
                for (String eid : frontier) {
                    for (Value v : found.getOrDefault(eid, List.of())) {
                        var m = v.asNode();
                        if (nodes.size() >= cap) {
                            break;
                        }
                        if (nodes.putIfAbsent(m.elementId(), m) == null) {
                            depths.put(m.elementId(), level);
                            next.add(m.elementId());
                        }
                    }
                }
                frontier = next;
            }
            return assemble(tx, nodes, depths, wanted);
        });
    }

    private static Neighbourhood assemble(TransactionContext tx, Map<String, org.neo4j.driver.types.Node> nodes,
                                          Map<String, Integer> depths, String status) {
        Map<String, String> ids = new HashMap<>();
        nodes.forEach((eid, n) -> ids.put(eid, CypherValues.idOf(eid, n.get("id"))));
        var values = new CypherValues(ids);
        Map<String, Long> degrees = new HashMap<>();
        Map<String, Relationship> relationships = new TreeMap<>();
        Map<String, Object> params = new HashMap<>();
        params.put("ids", List.copyOf(nodes.keySet()));
        params.put("status", status);
        tx.run(status == null ? EDGES_AND_STORE_DEGREES : EDGES_AND_DEGREES, params).forEachRemaining(r -> {
            degrees.put(r.get("eid").asString(), r.get("degree").asLong());
            for (Value v : r.get("out").values()) {
                relationships.put(v.asRelationship().elementId(), v.asRelationship());
            }
        });
        Map<String, Long> shown = new HashMap<>();
        List<Neighbourhood.Edge> edges = new ArrayList<>();
        for (Relationship r : relationships.values()) {
            shown.merge(r.startNodeElementId(), 1L, Long::sum);
            shown.merge(r.endNodeElementId(), 1L, Long::sum);
            edges.add(new Neighbourhood.Edge(CypherValues.idOf(r.elementId(), r.get("id")), r.type(),
                    ids.get(r.startNodeElementId()), ids.get(r.endNodeElementId()), properties(values, r.asMap(v -> v))));
        }
        edges.sort(Comparator.comparing(Neighbourhood.Edge::source).thenComparing(Neighbourhood.Edge::type)
                .thenComparing(Neighbourhood.Edge::target).thenComparing(Neighbourhood.Edge::id));
        List<Neighbourhood.Node> out = new ArrayList<>();
        boolean truncated = false;
        for (var e : nodes.entrySet()) {
            var n = e.getValue();
            List<String> labels = new ArrayList<>();
            n.labels().forEach(labels::add);
            labels.sort(null);
            String label = labels.stream().filter(VISIBLE::contains).findFirst().orElse(labels.isEmpty() ? null
                    : labels.getFirst());
            long omitted = Math.max(0, degrees.getOrDefault(e.getKey(), 0L) - shown.getOrDefault(e.getKey(), 0L));
            truncated |= omitted > 0;
            out.add(new Neighbourhood.Node(ids.get(e.getKey()), label, labels, caption(n), depths.get(e.getKey()),
                    properties(values, n.asMap(v -> v)), omitted));
        }
        return new Neighbourhood(out, edges, truncated);
    }

    private static String caption(org.neo4j.driver.types.Node n) {
        for (String key : List.of("name", "summary", "cue", "title")) {
            Value v = n.get(key);
            if (!v.isNull()) {
                return GraphValues.str(v);
            }
        }
        return CypherValues.idOf(n.elementId(), n.get("id"));
    }

    private static Map<String, Object> properties(CypherValues values, Map<String, Value> props) {
        Map<String, Object> out = new TreeMap<>();
        props.forEach((k, v) -> {
            if (!HIDDEN_PROPERTIES.contains(k)) {
                out.put(k, values.toJson(v));
            }
        });
        return out;
    }
}
