package org.conflictgraph.graph.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.graph.GraphIds;
import org.conflictgraph.graph.GraphTransactions;
import org.conflictgraph.graph.NameKey;
import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.ConflictException;
import org.conflictgraph.problem.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analyst identity corrections, each in one transaction and audited ({@code (:AuditEntry)-[:ON]->(entity)}).
 * A merge moves every relationship of the duplicate onto the kept node (by dynamic relationship type, so types
 * added later move too), unions names and keys and deletes the duplicate. A split moves aliases to a new node,
 * records {@code NOT_SAME_AS} and remembers the split spellings on the old node ({@code splitKeys}), which
 * {@link IdentityResolver} honours on every later ingest: a split alias never silently re-merges.
 */
@Service
public class EntityCorrections {

    private static final String FIND = """
            CALL () {
              MATCH (n:Actor {id: $id}) RETURN n, 'Actor' AS label
              UNION MATCH (n:Faction {id: $id}) RETURN n, 'Faction' AS label
              UNION MATCH (n:Place {id: $id}) RETURN n, 'Place' AS label
              UNION MATCH (n:Source {id: $id}) RETURN n, 'Source' AS label
            }
            RETURN label, n {.*} AS props
            """;
    /**
     * How a moved relationship joins one that already links the kept node: supporting article ids united,
     * relation evidence appended. Shared by both directions of a merge.
     */
    private static final String JOIN_MOVED = """
            ON CREATE SET r2 = p
            ON MATCH SET r2.articleIds = CASE WHEN p.articleIds IS NULL THEN r2.articleIds
                             ELSE reduce(a = coalesce(r2.articleIds, []), x IN p.articleIds |
                                  CASE WHEN x IN a THEN a ELSE a + x END) END,
                         r2.evidenceArticleIds = CASE WHEN p.evidenceArticleIds IS NULL THEN r2.evidenceArticleIds
                             ELSE coalesce(r2.evidenceArticleIds, []) + p.evidenceArticleIds END,
                         r2.evidenceStarts = CASE WHEN p.evidenceStarts IS NULL THEN r2.evidenceStarts
                             ELSE coalesce(r2.evidenceStarts, []) + p.evidenceStarts END,
                         r2.evidenceEnds = CASE WHEN p.evidenceEnds IS NULL THEN r2.evidenceEnds
                             ELSE coalesce(r2.evidenceEnds, []) + p.evidenceEnds END
            """;
    private static final String MOVE_OUT = """
            MATCH (o:$($label) {id: $other}), (k:$($label) {id: $keep})
            MATCH (o)-[r]->(x) WHERE x <> k AND x <> o
            WITH k, r, x, type(r) AS t, properties(r) AS p
            MERGE (k)-[r2:$(t)]->(x)
            """ + JOIN_MOVED + """
            DELETE r
            RETURN count(*) AS moved
            """;
    private static final String MOVE_IN = """
            MATCH (o:$($label) {id: $other}), (k:$($label) {id: $keep})
            MATCH (x)-[r]->(o) WHERE x <> k AND x <> o
            WITH k, r, x, type(r) AS t, properties(r) AS p
            MERGE (x)-[r2:$(t)]->(k)
            """ + JOIN_MOVED + """
            DELETE r
            RETURN count(*) AS moved
            """;
    private static final String UNITE = """
            MATCH (o:$($label) {id: $other}), (k:$($label) {id: $keep})
            SET k.aliases = $aliases, k.keys = $keys, k.searchText = $searchText,
                k.roles = CASE WHEN k.roles IS NULL AND o.roles IS NULL THEN null
                          ELSE reduce(a = [], x IN coalesce(k.roles, []) + coalesce(o.roles, []) |
                               CASE WHEN x IN a THEN a ELSE a + x END) END,
                k.mergedIds = reduce(a = [], x IN coalesce(k.mergedIds, []) + [o.id] + coalesce(o.mergedIds, []) |
                               CASE WHEN x IN a THEN a ELSE a + x END),
                k.splitKeys = [x IN reduce(a = [], y IN coalesce(k.splitKeys, []) + coalesce(o.splitKeys, []) |
                               CASE WHEN y IN a THEN a ELSE a + y END) WHERE NOT x IN $keys]
            DETACH DELETE o
            """;
    private static final String SPLIT = """
            MATCH (n:$($label) {id: $id})
            SET n.aliases = $remaining, n.keys = $remainingKeys, n.searchText = $searchText,
                n.splitKeys = reduce(a = [], x IN coalesce(n.splitKeys, []) + $splitKeys |
                               CASE WHEN x IN a THEN a ELSE a + x END)
            MERGE (m:$($label) {id: $newId})
            ON CREATE SET m.name = $newName, m.aliases = $newAliases, m.keys = $splitKeys,
                          m.searchText = $newSearchText, m.kind = n.kind, m.splitFrom = n.id
            MERGE (n)-[:NOT_SAME_AS]->(m)
            """;
    /** The articles mentioning the entity, with their stored extraction (to see which spellings each used). */
    private static final String MENTIONING = """
            MATCH (a:Article)-[:MENTIONS]->(n:$($label) {id: $id})
            OPTIONAL MATCH (a)-[:HAS_EXTRACTION]->(x:Extraction)
            RETURN a.id AS articleId, x.json AS json
            """;
    /**
     * Moves to the split-off node what only the given articles support: their MENTIONS, event roles, IN /
     * SPEAKS_FOR links and entity relations whose supporting articles are all among them, their claims' BLAMES
     * and (for a source) BY.
     */
    private static final String MOVE_SPLIT = """
            MATCH (n:$($label) {id: $id}), (m:$($label) {id: $newId})
            CALL (n, m) {
              MATCH (a:Article)-[r:MENTIONS]->(n) WHERE a.id IN $articles
              MERGE (a)-[:MENTIONS]->(m)
              DELETE r
            }
            CALL (n, m) {
              MATCH (x)-[r]->(n)
              WHERE type(r) IN ['PERPETRATED_BY', 'TARGETED', 'INVOLVED', 'AT', 'IN']
                AND size(coalesce(r.articleIds, [])) > 0 AND all(i IN r.articleIds WHERE i IN $articles)
              WITH x, r, type(r) AS t, properties(r) AS p
              MERGE (x)-[r2:$(t)]->(m) ON CREATE SET r2 = p
              DELETE r
            }
            CALL (n, m) {
              MATCH (n)-[r]->(x)
              WHERE type(r) IN ['IN', 'SPEAKS_FOR']
                AND size(coalesce(r.articleIds, [])) > 0 AND all(i IN r.articleIds WHERE i IN $articles)
              WITH x, r, type(r) AS t, properties(r) AS p
              MERGE (m)-[r2:$(t)]->(x) ON CREATE SET r2 = p
              DELETE r
            }
            CALL (n, m) {
              MATCH (n)-[r]->(x)
              WHERE size(coalesce(r.evidenceArticleIds, [])) > 0
                AND all(i IN r.evidenceArticleIds WHERE i IN $articles)
              WITH x, r, type(r) AS t, properties(r) AS p
              MERGE (m)-[r2:$(t)]->(x) ON CREATE SET r2 = p
              DELETE r
            }
            CALL (n, m) {
              MATCH (x)-[r]->(n)
              WHERE size(coalesce(r.evidenceArticleIds, [])) > 0
                AND all(i IN r.evidenceArticleIds WHERE i IN $articles)
              WITH x, r, type(r) AS t, properties(r) AS p
              MERGE (x)-[r2:$(t)]->(m) ON CREATE SET r2 = p
              DELETE r
            }
            CALL (n, m) {
              MATCH (c:Claim)-[r:BLAMES|BY]->(n) WHERE c.articleId IN $articles
              WITH c, r, type(r) AS t
              MERGE (c)-[:$(t)]->(m)
              DELETE r
            }
            """;
    private static final String AUDIT = """
            MATCH (n:$($label) {id: $id})
            CREATE (a:AuditEntry {id: $auditId, action: $action, by: $by, at: datetime(), note: $note,
                                  before: $before, after: $after})-[:ON]->(n)
            """;

    private final Driver driver;
    private final JsonMapper json;

    EntityCorrections(Driver driver, JsonMapper json) {
        this.driver = driver;
        this.json = json;
    }

    /** The result of a correction: the entity (or entities) after it and the audit entry's id. */
    public record Outcome(String id, String name, List<String> aliases, String otherId, String auditId) {
    }

    /** Merges {@code otherId} into {@code id}: the duplicate's relationships, names and keys move; it is deleted. */
    public Outcome merge(String id, String otherId, String note, String by) {
        if (otherId == null || otherId.isBlank()) {
            throw new BadInputException("missing-other-id", "Missing otherId",
                    "Give the id of the duplicate to merge into this entity as \"otherId\".");
        }
        if (id.equals(otherId)) {
            throw new BadInputException("merge-with-itself", "Cannot merge an entity with itself",
                    "otherId must name a different entity than the one in the path.");
        }
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            GraphTransactions.serialiseWriters(tx); // no article write may resolve to a node being merged away
            Node keep = find(tx, id);
            Node other = find(tx, otherId);
            if (!keep.label().equals(other.label())) {
                throw new ConflictException("merge-kind-mismatch", "Entities of different kinds",
                        "'" + id + "' is a " + keep.label() + " and '" + otherId + "' a " + other.label()
                                + "; only entities of one kind can be merged.");
            }
            List<String> aliases = new ArrayList<>();
            for (String a : concat(keep.aliases(), List.of(other.name()), other.aliases())) {
                if (a != null && !NameKeys.norm(a).isEmpty() && !NameKeys.norm(a).equals(NameKeys.norm(keep.name()))
                        && aliases.stream().noneMatch(x -> NameKeys.norm(x).equals(NameKeys.norm(a)))) {
                    aliases.add(a);
                }
            }
            Set<String> keys = new LinkedHashSet<>(keep.keys());
            keys.addAll(other.keys());
            keys.addAll(NameKey.ofAll(keep.name(), aliases));
            Map<String, Object> p = Map.of("label", keep.label(), "keep", id, "other", otherId);
            tx.run(MOVE_OUT, p).consume();
            tx.run(MOVE_IN, p).consume();
            Map<String, Object> unite = new LinkedHashMap<>(p);
            unite.put("aliases", aliases);
            unite.put("keys", List.copyOf(keys));
            unite.put("searchText", searchText(keep.name(), aliases));
            tx.run(UNITE, unite).consume();
            String auditId = audit(tx, keep.label(), id, "merge", by, note,
                    Map.of("kept", keep.props(), "merged", other.props()),
                    Map.of("id", id, "name", keep.name(), "aliases", aliases));
            tx.commit();
            return new Outcome(id, keep.name(), aliases, otherId, auditId);
        }
    }

    /** Moves {@code aliases} of {@code id} to a new entity that is recorded as not the same. */
    public Outcome split(String id, List<String> aliases, String note, String by) {
        List<String> wanted = aliases == null ? List.of()
                : aliases.stream().filter(a -> a != null && !NameKeys.norm(a).isEmpty()).toList();
        if (wanted.isEmpty()) {
            throw new BadInputException("missing-aliases", "No aliases to split",
                    "Give the aliases to move to a new entity as a non-empty \"aliases\" array.");
        }
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            GraphTransactions.serialiseWriters(tx);
            Node n = find(tx, id);
            Set<String> splitNorms = new LinkedHashSet<>();
            wanted.forEach(a -> splitNorms.add(NameKeys.norm(a)));
            if (splitNorms.contains(NameKeys.norm(n.name()))) {
                throw new BadInputException("split-own-name", "Cannot split off the entity's name",
                        "'" + n.name() + "' is the entity's own name; split off aliases only, or merge and rename.");
            }
            List<String> moved = new ArrayList<>();
            List<String> remaining = new ArrayList<>();
            for (String a : n.aliases()) {
                (splitNorms.contains(NameKeys.norm(a)) ? moved : remaining).add(a);
            }
            Set<String> found = new LinkedHashSet<>();
            moved.forEach(a -> found.add(NameKeys.norm(a)));
            if (!found.containsAll(splitNorms)) {
                List<String> missing = wanted.stream().filter(a -> !found.contains(NameKeys.norm(a))).toList();
                throw new BadInputException("unknown-alias", "Not an alias of this entity",
                        "The entity '" + n.name() + "' has no alias " + missing + "; its aliases are " + n.aliases()
                                + ".");
            }
            String newName = moved.getFirst();
            List<String> newAliases = moved.subList(1, moved.size());
            String newId = GraphIds.of(n.label().toLowerCase(java.util.Locale.ROOT), "split", id,
                    NameKeys.norm(newName));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("label", n.label());
            p.put("id", id);
            p.put("remaining", remaining);
            p.put("remainingKeys", NameKey.ofAll(n.name(), remaining));
            p.put("searchText", searchText(n.name(), remaining));
            p.put("splitKeys", NameKey.ofAll(newName, newAliases));
            p.put("newId", newId);
            p.put("newName", newName);
            p.put("newAliases", newAliases);
            p.put("newSearchText", searchText(newName, newAliases));
            List<String> articles = articlesUsingOnly(tx, n, splitNorms);
            tx.run(SPLIT, p).consume();
            tx.run(MOVE_SPLIT, Map.of("label", n.label(), "id", id, "newId", newId, "articles", articles)).consume();
            String auditId = audit(tx, n.label(), id, "split", by, note, n.props(),
                    Map.of("id", id, "aliases", remaining, "newId", newId, "newName", newName, "newAliases",
                            newAliases, "movedArticles", articles));
            tx.run("""
                    MATCH (a:AuditEntry {id: $auditId}), (m:$($label) {id: $newId}) MERGE (a)-[:ON]->(m)
                    """, Map.of("auditId", auditId, "label", n.label(), "newId", newId)).consume();
            tx.commit();
            return new Outcome(id, n.name(), remaining, newId, auditId);
        }
    }

    /**
     * The articles that named the entity only by the split spellings: what they contributed belongs to the new
     * node. Read from each article's own stored extraction.
     */
    private List<String> articlesUsingOnly(Transaction tx, Node n, Set<String> splitNorms) {
        Set<String> own = new LinkedHashSet<>();
        own.add(NameKeys.norm(n.name()));
        n.aliases().forEach(a -> own.add(NameKeys.norm(a)));
        List<String> out = new ArrayList<>();
        for (Record r : tx.run(MENTIONING, Map.of("label", n.label(), "id", n.props().get("id"))).list()) {
            if (r.get("json").isNull()) {
                continue;
            }
            ArticleExtraction x;
            try {
                x = json.readValue(r.get("json").asString(), ArticleExtraction.class);
            } catch (RuntimeException e) {
                continue; // an unreadable stored extraction keeps its links where they are
            }
            Set<String> used = new LinkedHashSet<>();
            for (List<String> names : entries(n.label(), x)) {
                Set<String> norms = new LinkedHashSet<>();
                names.forEach(nm -> norms.add(NameKeys.norm(nm)));
                if (norms.stream().anyMatch(own::contains)) {
                    used.addAll(norms);
                }
            }
            used.remove("");
            if (!used.isEmpty() && splitNorms.containsAll(used.stream().filter(own::contains).toList())
                    && used.stream().anyMatch(splitNorms::contains)) {
                out.add(r.get("articleId").asString());
            }
        }
        return out;
    }

    /** The names of each entry of one kind in an extraction. */
    private static List<List<String>> entries(String label, ArticleExtraction x) {
        List<List<String>> out = new ArrayList<>();
        switch (label) {
            case "Actor" -> x.actors().forEach(a -> out.add(concat(List.of(a.name()), a.aliases())));
            case "Faction" -> x.factions().forEach(f -> out.add(concat(List.of(f.name()), f.aliases())));
            case "Place" -> x.places().forEach(p -> out.add(concat(List.of(p.name()), p.aliases())));
            default -> x.sources().forEach(s -> out.add(concat(java.util.Collections.singletonList(s.name()))));
        }
        out.forEach(l -> l.removeIf(java.util.Objects::isNull));
        return out;
    }

    /** The kind of the entity with this id, if any. */
    public Optional<EntityKind> kindOf(String id) {
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            List<Record> rs = tx.run(FIND, Map.of("id", id)).list();
            return rs.isEmpty() ? Optional.empty()
                    : Optional.of(EntityKind.valueOf(rs.getFirst().get("label").asString().toUpperCase()));
        }
    }

    private Node find(Transaction tx, String id) {
        List<Record> rs = tx.run(FIND, Map.of("id", id)).list();
        if (rs.isEmpty()) {
            throw new NotFoundException("entity-not-found", "No such entity",
                    "There is no actor, faction, place or source with id '" + id + "'.");
        }
        Record r = rs.getFirst();
        Map<String, Object> props = r.get("props").asMap();
        return new Node(r.get("label").asString(), props);
    }

    private String audit(Transaction tx, String label, String id, String action, String by, String note,
            Object before, Object after) {
        String auditId = GraphIds.of("audit", action, id, String.valueOf(System.nanoTime()),
                java.util.UUID.randomUUID().toString());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("label", label);
        p.put("id", id);
        p.put("auditId", auditId);
        p.put("action", action);
        p.put("by", by == null ? "anonymous" : by);
        p.put("note", note);
        p.put("before", json.writeValueAsString(before));
        p.put("after", json.writeValueAsString(after));
        tx.run(AUDIT, p).consume();
        return auditId;
    }

    static String searchText(String name, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return String.join(" | ", all);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    /** An entity node as read: its label and properties. */
    private record Node(String label, Map<String, Object> props) {
        String name() {
            Object n = props.get("name");
            return n == null ? "" : n.toString();
        }

        List<String> aliases() {
            return strings("aliases");
        }

        List<String> keys() {
            return strings("keys");
        }

        private List<String> strings(String key) {
            Object v = props.get(key);
            List<String> out = new ArrayList<>();
            if (v instanceof List<?> l) {
                l.forEach(x -> out.add(String.valueOf(x)));
            }
            return out;
        }
    }
}
