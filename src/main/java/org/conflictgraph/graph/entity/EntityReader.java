package org.conflictgraph.graph.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.graph.identity.NameSearch;
import org.conflictgraph.graph.identity.NameSearch.Hit;
import org.conflictgraph.graph.entity.EntityController.Page;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/** Reads entities for search and entity pages (read transactions only). */
@Service
class EntityReader {

    /** Entity-to-entity relation types (FORMAT.md) plus the structural ones an entity page shows. */
    static final List<String> RELATION_TYPES = List.of("LEADS", "MEMBER_OF", "DEPUTY_OF", "SPLINTER_OF",
            "AFFILIATE_OF", "ALLIED_WITH", "RIVAL_OF", "LOYAL_TO", "OPERATES_IN", "COMMANDS", "IN", "SPEAKS_FOR",
            "NOT_SAME_AS");

    private static final String DETAILS = """
            MATCH (n:$($label)) WHERE n.id IN $ids
            RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, n.kind AS kind,
                   n.roles AS roles, COUNT { (n)--() } AS degree
            """;
    private static final String ALL = """
            MATCH (n:$($label))
            RETURN n.id AS id ORDER BY toLower(n.name), n.id SKIP $skip LIMIT $limit
            """;
    private static final String ENTITY = """
            MATCH (n:$($label) {id: $id})
            OPTIONAL MATCH (n)-[r]-(o) WHERE type(r) IN $types AND (o:Actor OR o:Faction OR o:Place OR o:Source)
            RETURN n {.id, .name, .aliases, .kind, .roles, .mergedIds} AS node,
                   [x IN collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), props: properties(r),
                        out: startNode(r) = n, otherId: o.id, otherName: o.name, otherLabel: labels(o)[0]} END)
                    WHERE x IS NOT NULL] AS relations
            """;
    private static final String EVENTS = """
            MATCH (e:Event)-[role:PERPETRATED_BY|TARGETED|INVOLVED|AT]->(n:$($label) {id: $id})
            OPTIONAL MATCH (c:Claim)-[:ABOUT]->(e)
            OPTIONAL MATCH (c)-[:BY]->(s:Source)
            OPTIONAL MATCH (c)-[:IN_ARTICLE]->(a:Article)
            WITH e, collect(DISTINCT type(role)) AS roles,
                 collect(DISTINCT CASE WHEN c IS NULL THEN null ELSE {id: c.id, stance: c.stance, cue: c.cue,
                     sentence: c.sentence, source: s.name, sourceId: s.id, articleId: a.id, articleTitle: a.title}
                 END) AS claims
            RETURN e.id AS id, e.type AS type, e.date AS date, e.summary AS summary,
                   coalesce(e.status, e.derivedStatus) AS status, roles, claims
            ORDER BY e.date DESC, e.id LIMIT 200
            """;
    private static final String SOURCE_CLAIMS = """
            MATCH (c:Claim)-[:BY]->(s:Source {id: $id})
            OPTIONAL MATCH (c)-[:ABOUT]->(e:Event)
            OPTIONAL MATCH (c)-[:IN_ARTICLE]->(a:Article)
            RETURN c.id AS id, c.stance AS stance, c.cue AS cue, c.sentence AS sentence, e.id AS eventId,
                   e.type AS eventType, e.summary AS eventSummary, a.id AS articleId, a.title AS articleTitle
            ORDER BY a.published DESC, c.id LIMIT 500
            """;
    private static final String SENTENCE = """
            MATCH (a:Article {id: $articleId})
            RETURN a.title AS title, a.text AS text
            """;

    private final Driver driver;
    private final NameSearch search;

    EntityReader(Driver driver, NameSearch search) {
        this.driver = driver;
        this.search = search;
    }

    Page search(EntityKind kind, String q, int limit, int offset) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
             Transaction tx = session.beginTransaction()) {
            List<String> ids;
            boolean more;
            if (q == null || q.isBlank()) {
                ids = new ArrayList<>(tx.run(ALL, Map.of("label", kind.label(), "skip", offset, "limit", limit + 1))
                        .list(r -> r.get("id").asString()));
                more = ids.size() > limit;
                ids = ids.subList(0, Math.min(limit, ids.size()));
                List<Map<String, Object>> items = details(tx, kind, ids, List.of());
                return new Page(items, more ? String.valueOf(offset + limit) : null);
            }
            List<Hit> hits = search.search(tx, kind, q);
            List<String> all = hits.stream().map(Hit::id).toList();
            // details for every hit so ties within a tier can go to the better-attested node
            List<Map<String, Object>> items = details(tx, kind, all, hits);
            more = items.size() > offset + limit;
            List<Map<String, Object>> page = offset >= items.size() ? List.of()
                    : items.subList(offset, Math.min(items.size(), offset + limit));
            return new Page(page, more ? String.valueOf(offset + limit) : null);
        }
    }

    /** Items in the order of {@code ids}; within one search tier, the node with more connections first. */
    private List<Map<String, Object>> details(Transaction tx, EntityKind kind, List<String> ids, List<Hit> hits) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        Map<String, Long> degree = new LinkedHashMap<>();
        for (Record r : tx.run(DETAILS, Map.of("label", kind.label(), "ids", ids)).list()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", r.get("id").asString());
            item.put("name", r.get("name").asString(null));
            item.put("aliases", r.get("aliases").asList(v -> v.asString("")));
            if (!r.get("kind").isNull()) {
                item.put("kind", r.get("kind").asString(null));
            }
            if (!r.get("roles").isNull()) {
                item.put("roles", r.get("roles").asList(v -> v.asString("")));
            }
            byId.put(r.get("id").asString(), item);
            degree.put(r.get("id").asString(), r.get("degree").asLong(0));
        }
        List<String> order = new ArrayList<>(ids);
        if (!hits.isEmpty()) {
            Map<String, NameSearch.Tier> tier = new LinkedHashMap<>();
            hits.forEach(h -> tier.putIfAbsent(h.id(), h.tier()));
            order.sort((a, b) -> {
                int t = tier.get(a).compareTo(tier.get(b));
                if (t != 0) {
                    return t;
                }
                int d = Long.compare(degree.getOrDefault(b, 0L), degree.getOrDefault(a, 0L));
                return d != 0 ? d : a.compareTo(b);
            });
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : order) {
            Map<String, Object> item = byId.get(id);
            if (item != null && !out.contains(item)) {
                out.add(item);
            }
        }
        return out;
    }

    Optional<Map<String, Object>> entity(EntityKind kind, String id) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
             Transaction tx = session.beginTransaction()) {
            List<Record> rs = tx.run(ENTITY, Map.of("label", kind.label(), "id", id, "types", RELATION_TYPES)).list();
            if (rs.isEmpty()) {
                return Optional.empty();
            }
            Record r = rs.getFirst();
            Map<String, Object> out = new LinkedHashMap<>();
            Map<String, Object> node = r.get("node").asMap();
            out.put("id", node.get("id"));
            out.put("name", node.get("name"));
            out.put("aliases", node.get("aliases") == null ? List.of() : node.get("aliases"));
            out.put("entityType", kind.label());
            if (node.get("kind") != null) {
                out.put("kind", node.get("kind"));
            }
            if (node.get("roles") != null) {
                out.put("roles", node.get("roles"));
            }
            if (node.get("mergedIds") != null) {
                out.put("mergedIds", node.get("mergedIds"));
            }
            List<Map<String, Object>> relations = new ArrayList<>();
            for (Value v : r.get("relations").values()) {
                relations.add(relation(tx, v));
            }
            out.put("relations", relations);
            if (kind == EntityKind.SOURCE) {
                List<Map<String, Object>> claims = tx.run(SOURCE_CLAIMS, Map.of("id", id)).list(Record::asMap);
                Map<String, Long> counts = new LinkedHashMap<>(Map.of("asserts", 0L, "hedges", 0L, "denies", 0L));
                for (Map<String, Object> c : claims) {
                    String stance = String.valueOf(c.get("stance")).toLowerCase(java.util.Locale.ROOT);
                    String key = switch (stance) {
                        case "asserts" -> "asserts";
                        case "hedges" -> "hedges";
                        case "denies" -> "denies";
                        default -> null;
                    };
                    if (key != null) {
                        counts.merge(key, 1L, Long::sum);
                    }
                }
                out.put("counts", counts);
                out.put("claims", claims);
            } else {
                out.put("events", tx.run(EVENTS, Map.of("label", kind.label(), "id", id)).list(Record::asMap));
            }
            return Optional.of(out);
        }
    }

    /** One relation of the entity, with the sentences (claims) that state it. */
    private Map<String, Object> relation(Transaction tx, Value v) {
        Map<String, Object> props = v.get("props").asMap();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", props.get("id"));
        out.put("type", v.get("type").asString());
        out.put("direction", v.get("out").asBoolean() ? "OUT" : "IN");
        for (String k : List.of("since", "until", "ended")) {
            if (props.get(k) != null) {
                out.put(k, props.get(k));
            }
        }
        out.put("other", Map.of("id", v.get("otherId").asString(""), "name", v.get("otherName").asString(""),
                "kind", v.get("otherLabel").asString("")));
        out.put("claims", evidence(tx, props));
        return out;
    }

    /**
     * The evidence of a relation as claims: for each article that states it, the article, the sentence offsets
     * and the sentence (the writer keeps parallel lists evidenceArticleIds / evidenceStarts / evidenceEnds;
     * offsets of -1 mean the article gave no sentence).
     */
    private List<Map<String, Object>> evidence(Transaction tx, Map<String, Object> props) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<?> articles = props.get("evidenceArticleIds") instanceof List<?> l ? l : List.of();
        List<?> starts = props.get("evidenceStarts") instanceof List<?> l ? l : List.of();
        List<?> ends = props.get("evidenceEnds") instanceof List<?> l ? l : List.of();
        Map<String, Record> articleCache = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            String articleId = String.valueOf(articles.get(i));
            Integer s = i < starts.size() ? asInt(starts.get(i)) : null;
            Integer t = i < ends.size() ? asInt(ends.get(i)) : null;
            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("articleId", articleId);
            Record a = articleCache.computeIfAbsent(articleId, id -> {
                List<Record> rs = tx.run(SENTENCE, Map.of("articleId", id)).list();
                return rs.isEmpty() ? null : rs.getFirst();
            });
            if (a != null) {
                claim.put("articleTitle", a.get("title").asString(null));
            }
            if (s != null && t != null && s >= 0) {
                claim.put("sentenceStart", s);
                claim.put("sentenceEnd", t);
                String text = a == null ? null : a.get("text").asString(null);
                if (text != null && s < t && t <= text.length()) {
                    claim.put("sentence", text.substring(s, t));
                }
            }
            out.add(claim);
        }
        return out;
    }

    private static Integer asInt(Object o) {
        if (o instanceof Number n) {
            return n.intValue();
        }
        try {
            return o == null ? null : Integer.valueOf(o.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
