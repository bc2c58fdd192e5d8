package org.conflictgraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Loads a realistic conflict graph of DESIGN.md's model through {@code UNWIND $rows} batches (the writer's
 * statement shape): actors, factions, places (nested IN), sources, articles, events and claims in proportion,
 * with heavy-tailed (Zipf-like) choice of who takes part in events and who belongs to which faction, so a few
 * hubs carry thousands of edges. About three relationships per node, as the writer makes them: each article
 * mentions the entities it names (two actors, a faction, two places, a source), each event has a perpetrator, a
 * target, an involved party and a place, about one claim in three blames a faction, factions operate in places.
 * Deterministic for a given seed.
 */
public final class SyntheticGraphGenerator {

    private static final String[] EVENT_TYPES = {"ATTACK", "CLASH", "KILLING", "BOMBING",
            "VIOLENCE_AGAINST_CIVILIANS", "ARREST", "LEADERSHIP_CHANGE", "SPLIT", "DEPLOYMENT", "TERRITORY_CHANGE"};
    private static final String[] STANCES = {"ASSERTS", "ASSERTS", "ASSERTS", "HEDGES", "DENIES"};
    private static final String[] STATUSES = {"REPORTED", "UNCONFIRMED", "DISPUTED", "CORROBORATED"};
    private static final String[] RELATIONS = {"MEMBER_OF", "LEADS", "RIVAL_OF", "ALLIED_WITH", "LOYAL_TO"};
    private static final int BATCH = 10_000;

    private final Neo4jClient neo4j;
    private final SplittableRandom random = new SplittableRandom(42);

    /** Counts of what was generated, by label and in all. */
    public record Totals(Map<String, Long> nodes, long relationships) {
        public long allNodes() {
            return nodes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public SyntheticGraphGenerator(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public Totals generate(long totalNodes) {
        long actors = totalNodes * 30 / 100;
        long factions = Math.max(10, totalNodes * 2 / 100);
        long places = Math.max(10, totalNodes * 5 / 100);
        long sources = Math.max(10, totalNodes * 3 / 100);
        long articles = totalNodes * 10 / 100;
        long events = totalNodes * 15 / 100;
        long claims = totalNodes - actors - factions - places - sources - articles - events;
        Map<String, Long> nodes = new HashMap<>();
        nodes.put("Actor", actors);
        nodes.put("Faction", factions);
        nodes.put("Place", places);
        nodes.put("Source", sources);
        nodes.put("Article", articles);
        nodes.put("Event", events);
        nodes.put("Claim", claims);
        long rels = 0;

        nodesOf("Actor", actors, i -> Map.of("id", "syn-actor-" + i, "name", "Actor " + i,
                "aliases", List.of("A. " + i), "keys", List.of("actor " + i)));
        nodesOf("Faction", factions, i -> Map.of("id", "syn-faction-" + i, "name", "Faction " + i,
                "aliases", List.of(), "keys", List.of("faction " + i), "kind", "INSURGENT_GROUP"));
        nodesOf("Place", places, i -> Map.of("id", "syn-place-" + i, "name", "Place " + i, "aliases", List.of(),
                "keys", List.of("place " + i), "kind", i < 50 ? "COUNTRY" : i < 1000 ? "PROVINCE" : "CITY"));
        nodesOf("Source", sources, i -> Map.of("id", "syn-source-" + i, "name", "Source " + i, "kind", "OFFICIAL"));
        nodesOf("Article", articles, i -> Map.of("id", "syn-article-" + i, "contentHash", "syn-hash-" + i,
                "title", "Article " + i, "outlet", "Outlet " + (i % 200),
                "published", day(i)));
        nodesOf("Event", events, i -> {
            String status = STATUSES[random.nextInt(STATUSES.length)];
            return Map.of("id", "syn-event-" + i, "type", EVENT_TYPES[random.nextInt(EVENT_TYPES.length)],
                    "summary", "Event " + i, "date", day(i), "fatalitiesLow", random.nextInt(20),
                    "fatalitiesHigh", 20 + random.nextInt(50), "derivedStatus", status, "status", status);
        });
        nodesOf("Claim", claims, i -> Map.of("id", "syn-claim-" + i,
                "stance", STANCES[random.nextInt(STANCES.length)], "cue", "said", "sentence", "Someone said so."));

        // places nest: cities in provinces, provinces in countries
        rels += edges("Place", "IN", "Place", places - 50, i -> Map.of("a", "syn-place-" + (i + 50),
                "b", "syn-place-" + (i + 50 < 1000 ? i % 50 : 50 + i % 950)));
        rels += edges("Actor", "MEMBER_OF", "Faction", actors, i -> Map.of("a", "syn-actor-" + i,
                "b", "syn-faction-" + zipf(factions)));
        rels += edges("Actor", "RIVAL_OF", "Actor", actors / 2, i -> Map.of("a", "syn-actor-" + zipf(actors),
                "b", "syn-actor-" + random.nextLong(actors)));
        for (int r = 1; r < RELATIONS.length; r++) {
            rels += edges("Faction", RELATIONS[r], "Faction", factions / 2, i -> Map.of(
                    "a", "syn-faction-" + random.nextLong(factions), "b", "syn-faction-" + zipf(factions)));
        }
        rels += edges("Source", "SPEAKS_FOR", "Faction", sources, i -> Map.of("a", "syn-source-" + i,
                "b", "syn-faction-" + zipf(factions)));
        rels += edges("Event", "PERPETRATED_BY", "Faction", events, i -> Map.of("a", "syn-event-" + i,
                "b", "syn-faction-" + zipf(factions)));
        rels += edges("Event", "TARGETED", "Actor", events, i -> Map.of("a", "syn-event-" + i,
                "b", "syn-actor-" + zipf(actors)));
        rels += edges("Event", "INVOLVED", "Actor", events, i -> Map.of("a", "syn-event-" + random.nextLong(events),
                "b", "syn-actor-" + zipf(actors)));
        rels += edges("Event", "AT", "Place", events, i -> Map.of("a", "syn-event-" + i,
                "b", "syn-place-" + zipf(places)));
        rels += edges("Claim", "ABOUT", "Event", claims, i -> Map.of("a", "syn-claim-" + i,
                "b", "syn-event-" + (i % events)));
        rels += edges("Claim", "BY", "Source", claims, i -> Map.of("a", "syn-claim-" + i,
                "b", "syn-source-" + zipf(sources)));
        rels += edges("Claim", "IN_ARTICLE", "Article", claims, i -> Map.of("a", "syn-claim-" + i,
                "b", "syn-article-" + random.nextLong(articles)));
        rels += edges("Article", "SYNDICATES", "Article", articles / 50, i -> Map.of(
                "a", "syn-article-" + (i * 50 + 1), "b", "syn-article-" + (i * 50)));
        rels += edges("Claim", "BLAMES", "Faction", claims / 3, i -> Map.of("a", "syn-claim-" + (i * 3),
                "b", "syn-faction-" + zipf(factions)));
        rels += edges("Faction", "OPERATES_IN", "Place", factions * 2, i -> Map.of("a", "syn-faction-" + i / 2,
                "b", "syn-place-" + zipf(places)));
        // what each article names: two actors, a faction, two places, a source
        rels += edges("Article", "MENTIONS", "Actor", articles * 2, i -> Map.of("a", "syn-article-" + i / 2,
                "b", "syn-actor-" + random.nextLong(actors)));
        rels += edges("Article", "MENTIONS", "Faction", articles, i -> Map.of("a", "syn-article-" + i,
                "b", "syn-faction-" + zipf(factions)));
        rels += edges("Article", "MENTIONS", "Place", articles * 2, i -> Map.of("a", "syn-article-" + i / 2,
                "b", "syn-place-" + zipf(places)));
        rels += edges("Article", "MENTIONS", "Source", articles, i -> Map.of("a", "syn-article-" + i,
                "b", "syn-source-" + zipf(sources)));
        return new Totals(nodes, rels);
    }

    /** Zipf-like index in [0, n): a handful of hubs, a long tail. */
    private long zipf(long n) {
        long k = (long) Math.pow(n, random.nextDouble()) - 1;
        return Math.max(0, Math.min(n - 1, k));
    }

    private static String day(long i) {
        return String.format("20%02d-%02d-%02d", 10 + (i % 15), 1 + (i % 12), 1 + (i % 28));
    }

    private interface Row {
        Map<String, Object> of(long i);
    }

    private void nodesOf(String label, long count, Row row) {
        String cypher = switch (label) {
            case "Actor" -> "UNWIND $rows AS r MERGE (n:Actor {id: r.id}) SET n += r";
            case "Faction" -> "UNWIND $rows AS r MERGE (n:Faction {id: r.id}) SET n += r";
            case "Place" -> "UNWIND $rows AS r MERGE (n:Place {id: r.id}) SET n += r";
            case "Source" -> "UNWIND $rows AS r MERGE (n:Source {id: r.id}) SET n += r";
            case "Article" -> "UNWIND $rows AS r MERGE (n:Article {id: r.id}) SET n += r";
            case "Event" -> "UNWIND $rows AS r MERGE (n:Event {id: r.id}) SET n += r";
            case "Claim" -> "UNWIND $rows AS r MERGE (n:Claim {id: r.id}) SET n += r";
            default -> throw new IllegalArgumentException(label);
        };
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        for (long i = 0; i < count; i++) {
            batch.add(row.of(i));
            if (batch.size() == BATCH) {
                neo4j.query(cypher).bind(batch).to("rows").run();
                batch = new ArrayList<>(BATCH);
            }
        }
        if (!batch.isEmpty()) {
            neo4j.query(cypher).bind(batch).to("rows").run();
        }
    }

    /** Relationship types and labels come from the fixed lists above, never from input. */
    private long edges(String from, String type, String to, long count, Row row) {
        String cypher = "UNWIND $rows AS r MATCH (a:" + from + " {id: r.a}) MATCH (b:" + to + " {id: r.b}) "
                + "MERGE (a)-[:" + type + "]->(b)";
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        for (long i = 0; i < count; i++) {
            batch.add(row.of(i));
            if (batch.size() == BATCH) {
                neo4j.query(cypher).bind(batch).to("rows").run();
                batch = new ArrayList<>(BATCH);
            }
        }
        if (!batch.isEmpty()) {
            neo4j.query(cypher).bind(batch).to("rows").run();
        }
        return count;
    }
}
