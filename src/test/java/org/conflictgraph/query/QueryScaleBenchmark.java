package org.conflictgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.conflictgraph.bench.BenchReport;
import org.conflictgraph.bench.Stats;
import org.conflictgraph.bench.SyntheticGraphGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases 3 and 4 of the harness, on one synthetic conflict graph (default 1M nodes, {@code -Dbench.scale.nodes=N}):
 * load time and store size; p50/p99 of {@code /api/graph/neighbourhood} and {@code /api/events?…} over HTTP against
 * the same Cypher statements through the raw driver (goal ≤ 1.25×; neighbourhood p99 ≤ 50 ms); p50/p99 of every
 * named query over HTTP.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"conflict-graph.test.shared-dbms=false", "conflict-graph.neo4j.embedded=true",
                "conflict-graph.neo4j.page-cache=2g", "conflict-graph.query.timeout=60s"})
class QueryScaleBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SAMPLES = 200;
    private static Path dataDir;

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    Driver driver;

    @Autowired
    NeighbourhoodReader neighbourhoods;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("conflict-graph-scale");
        registry.add("conflict-graph.data-dir", dataDir::toString);
    }

    @Test
    void apiAgainstRawDriverOnASyntheticConflictGraph() throws Exception {
        long nodes = Long.getLong("bench.scale.nodes", 1_000_000L);
        BenchReport report = new BenchReport("scale-and-api");
        long t0 = System.nanoTime();
        SyntheticGraphGenerator.Totals totals = new SyntheticGraphGenerator(neo4j).generate(nodes);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        report.fact("synthetic nodes", totals.allNodes());
        report.fact("synthetic relationships", totals.relationships());
        long storedRelationships = neo4j.query("MATCH ()-[r]->() RETURN count(r) AS n").fetchAs(Long.class).one()
                .orElse(0L);
        report.fact("relationships stored (MERGE collapses repeated pairs)", storedRelationships);
        report.fact("relationships per node", String.format("%.2f", (double) storedRelationships / totals.allNodes()));
        report.fact("load time through UNWIND batches (s)", String.format("%.1f", loadSeconds));
        report.fact("load rate (nodes+relationships/s)",
                Math.round((totals.allNodes() + totals.relationships()) / loadSeconds));
        report.fact("store size (MiB)", storeSize() >> 20);

        SplittableRandom random = new SplittableRandom(7);
        long actors = nodes * 30 / 100;
        List<String> centres = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) { // mostly ordinary nodes, every tenth a hub
            centres.add(i % 10 == 0 ? "syn-faction-" + (i / 10 % 3) : "syn-actor-" + random.nextLong(actors));
        }

        // the reader in-process too (its Cypher and mapping, no HTTP), interleaved, to see where the overhead goes
        List<Double> inProcess = new ArrayList<>();
        compare(report, "neighbourhood depth 1 (limit 100)", centres,
                id -> "/api/graph/neighbourhood?id=" + id + "&depth=1&limit=100",
                id -> rawNeighbourhood(id, 100), "<= 1.25; p99 <= 50 ms",
                id -> BenchReport.timed(() -> neighbourhoods.around(id, 1, null, 100), inProcess));
        Stats ip = Stats.of(inProcess.subList(20, inProcess.size()));
        report.fact("neighbourhood depth 1 (limit 100) in-process reader, no HTTP p50 / p99 ms",
                String.format("%.1f / %.1f", ip.p50(), ip.p99()));
        for (String centre : List.of("syn-faction-0", centres.get(1))) {
            report.fact("neighbourhood EXPAND plan for " + centre, profileExpand(centre));
        }
        List<String> placeIds = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            placeIds.add("syn-place-" + random.nextInt(1000));
        }
        compare(report, "events?place=…&limit=50 (places inside included)", placeIds,
                id -> "/api/events?place=" + id + "&limit=50",
                id -> rawEvents(Map.of("place", id)), "<= 1.25");
        List<String> types = Stream.of("KILLING", "ATTACK", "BOMBING", "ARREST").toList();
        List<String> typeSamples = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            typeSamples.add(types.get(i % types.size()));
        }
        compare(report, "events?type=…&status=DISPUTED&limit=50", typeSamples,
                type -> "/api/events?type=" + type + "&status=DISPUTED&limit=50",
                type -> rawEvents(Map.of("type", type, "status", "DISPUTED")), "<= 1.25");

        List<Double> depth2 = new ArrayList<>();
        for (String id : centres.subList(0, 50)) {
            assertThat(BenchReport.timed(() -> get("/api/graph/neighbourhood?id=" + id + "&depth=2&limit=200"),
                    depth2).statusCode()).isEqualTo(200);
        }
        Stats d2 = Stats.of(depth2);
        report.fact("neighbourhood depth 2 (limit 200) HTTP p50 / p99 ms",
                String.format("%.1f / %.1f", d2.p50(), d2.p99()));

        JsonNode queries = JSON.readTree(get("/api/queries").body());
        JsonNode list = queries.has("items") ? queries.get("items") : queries;
        for (JsonNode q : list) {
            String name = q.get("name").asString();
            Map<String, Object> params = new LinkedHashMap<>();
            for (JsonNode p : q.path("params")) {
                String pn = p.get("name").asString();
                for (String kind : List.of("actor", "faction", "place", "source")) {
                    if (pn.toLowerCase().contains(kind)) {
                        params.put(pn, "syn-" + kind + "-0");
                    }
                }
            }
            String body = JSON.writeValueAsString(Map.of("params", params));
            List<Double> ms = new ArrayList<>();
            int status = 0;
            for (int i = 0; i < 20; i++) {
                status = BenchReport.timed(() -> post("/api/queries/" + name, body), ms).statusCode();
            }
            Stats s = Stats.of(ms.subList(2, ms.size()));
            report.fact("named query " + name + " HTTP min / p50 / p99 / max ms (status " + status + ")",
                    String.format("%.1f / %.1f / %.1f / %.1f", s.min(), s.p50(), s.p99(), s.max()));
        }
        // the rival-affiliations statement before it started from each actor's own factions, for before/after
        List<Double> previous = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            BenchReport.timed(() -> {
                try (var session = driver.session()) {
                    return session.executeRead(tx -> tx.run(PREVIOUS_RIVAL_AFFILIATIONS).list());
                }
            }, previous);
        }
        Stats prev = Stats.of(previous.subList(1, previous.size()));
        report.fact("rival-affiliations previous statement, raw driver p50 / max ms",
                String.format("%.1f / %.1f", prev.p50(), prev.max()));
        report.fact("peak RSS (MiB)", BenchReport.rssKiB() >> 10);
        report.write();
    }

    private static final String PREVIOUS_RIVAL_AFFILIATIONS = """
            MATCH (a:Actor)-[:MEMBER_OF|LEADS|DEPUTY_OF|COMMANDS|LOYAL_TO]->(f1:Faction)-[:RIVAL_OF]-(f2:Faction),
                  (a)-[:MEMBER_OF|LEADS|DEPUTY_OF|COMMANDS|LOYAL_TO]->(f2)
            WHERE f1.id < f2.id
            RETURN DISTINCT a.id AS actorId, a.name AS actor, f1.name AS faction, f2.name AS rivalFaction
            ORDER BY actor, faction, rivalFaction
            """;

    private interface Call {
        Object run(String arg);
    }

    private void compare(BenchReport report, String name, List<String> args, java.util.function.Function<String, String> path,
                         Call raw, String goal) {
        compare(report, name, args, path, raw, goal, a -> null);
    }

    /** {@code also} runs after each pair (warm-up included), e.g. a third way of doing the same thing. */
    private void compare(BenchReport report, String name, List<String> args, java.util.function.Function<String, String> path,
                         Call raw, String goal, Call also) {
        for (String a : args.subList(0, 20)) { // warm-up, plans cached on both paths
            get(path.apply(a));
            raw.run(a);
            also.run(a);
        }
        List<Double> api = new ArrayList<>();
        List<Double> direct = new ArrayList<>();
        for (String a : args) {
            HttpResponse<String> r = BenchReport.timed(() -> get(path.apply(a)), api);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            BenchReport.timed(() -> raw.run(a), direct);
            also.run(a);
        }
        Stats apiStats = Stats.of(api);
        Stats rawStats = Stats.of(direct);
        report.add(new BenchReport.Row(name + " — HTTP vs raw driver", "ms", rawStats, apiStats,
                apiStats.p50() / rawStats.p50(), goal, ""));
        report.fact(name + " HTTP p50 / p99 ms", String.format("%.1f / %.1f", apiStats.p50(), apiStats.p99()));
        report.fact(name + " raw driver p50 / p99 ms", String.format("%.1f / %.1f", rawStats.p50(), rawStats.p99()));
    }

    /** The parameters NeighbourhoodReader gives its expansion at depth 1 without a status filter. */
    private static Map<String, Object> depthOneParams(String centreElementId, int cap) {
        Map<String, Object> params = new HashMap<>();
        params.put("frontier", List.of(centreElementId));
        params.put("status", null);
        params.put("perNode", cap);
        params.put("scan", Math.max(NeighbourhoodReader.SCAN_PER_NODE, cap * 10));
        return params;
    }

    /** PROFILE of the depth-1 expansion around a centre: operators with their rows and database hits. */
    private String profileExpand(String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var centre = tx.run(NeighbourhoodReader.CENTRE, Map.of("id", id)).single().get("n").asNode();
                Map<String, Object> params = depthOneParams(centre.elementId(), 100);
                List<String> ids = new ArrayList<>(List.of(centre.elementId()));
                var expand = tx.run("PROFILE " + NeighbourhoodReader.EXPAND, params);
                expand.forEachRemaining(r -> r.get("neighbours").values().forEach(v -> ids.add(v.asNode().elementId())));
                StringBuilder out = new StringBuilder();
                long[] hits = {0};
                describe(expand.consume().profile(), out, hits);
                Map<String, Object> edgeParams = new HashMap<>();
                edgeParams.put("ids", ids);
                edgeParams.put("status", null);
                long[] edgeHits = {0};
                StringBuilder edges = new StringBuilder();
                describe(tx.run("PROFILE " + NeighbourhoodReader.EDGES_AND_STORE_DEGREES, edgeParams).consume().profile(),
                        edges, edgeHits);
                return "EXPAND db hits " + hits[0] + ": " + out + "| EDGES_AND_DEGREES db hits " + edgeHits[0] + ": "
                        + edges;
            });
        }
    }

    private static void describe(org.neo4j.driver.summary.ProfiledPlan plan, StringBuilder out, long[] hits) {
        hits[0] += plan.dbHits();
        out.append(plan.operatorType().replace("@neo4j", "")).append("(rows ").append(plan.records())
                .append(", hits ").append(plan.dbHits()).append(") ");
        for (var child : plan.children()) {
            describe(child, out, hits);
        }
    }

    /** The statements NeighbourhoodReader runs for depth 1, through the raw driver in one read transaction. */
    private Object rawNeighbourhood(String id, int cap) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var centre = tx.run(NeighbourhoodReader.CENTRE, Map.of("id", id)).single().get("n").asNode();
                Map<String, Object> params = depthOneParams(centre.elementId(), cap);
                List<String> ids = new ArrayList<>(List.of(centre.elementId()));
                tx.run(NeighbourhoodReader.EXPAND, params).forEachRemaining(r -> {
                    for (Value v : r.get("neighbours").values()) {
                        ids.add(v.asNode().elementId());
                    }
                });
                Map<String, Object> edgeParams = new HashMap<>();
                edgeParams.put("ids", ids);
                edgeParams.put("status", null);
                return tx.run(NeighbourhoodReader.EDGES_AND_STORE_DEGREES, edgeParams).list();
            });
        }
    }

    /** The statements EventReader runs for one page, through the raw driver in one read transaction. */
    private Object rawEvents(Map<String, String> filter) {
        Map<String, Object> params = new HashMap<>();
        for (String key : List.of("type", "status", "actor", "faction", "place", "from", "to", "article", "source",
                "stance", "afterDate", "afterId")) {
            params.put(key, filter.get(key));
        }
        params.put("limit", 51);
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                tx.run(EventReader.CHECK_IDS, params).single();
                List<String> ids = tx.run(EventReader.PAGE, params).list(r -> r.get("id").asString());
                List<String> page = ids.subList(0, Math.min(50, ids.size()));
                tx.run(EventReader.CLAIMS, Map.of("ids", page)).list();
                return tx.run(EventReader.EVENTS, Map.of("ids", page)).list();
            });
        }
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String path, String json) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long storeSize() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
