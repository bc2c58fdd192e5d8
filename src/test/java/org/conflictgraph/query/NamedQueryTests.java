package org.conflictgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamedQueryTests {

    static final String SEED = """
            MERGE (prov:Place {id: 'nq-prov'}) SET prov.name = 'Nqprovince'
            MERGE (dist:Place {id: 'nq-dist'}) SET dist.name = 'Nqdistrict'
            MERGE (dist)-[:IN]->(prov)
            MERGE (officials:Source {id: 'nq-officials'}) SET officials.name = 'Nq officials'
            MERGE (spokes:Source {id: 'nq-spokes'}) SET spokes.name = 'Nq spokesman'
            MERGE (outlet:Source {id: 'nq-outlet'}) SET outlet.name = 'Nq Herald'
            MERGE (k1:Event {id: 'nq-k1'}) SET k1.type = 'KILLING', k1.status = 'DISPUTED', k1.date = '2015-03-02',
                  k1.summary = 'Commander killed'
            MERGE (k2:Event {id: 'nq-k2'}) SET k2.type = 'KILLING', k2.status = 'DISPUTED', k2.date = '2016',
                  k2.summary = 'Another killing'
            MERGE (k1)-[:AT]->(dist) MERGE (k2)-[:AT]->(dist)
            MERGE (c1:Claim {id: 'nq-c1'}) SET c1.stance = 'ASSERTS', c1.fatalitiesLow = 1, c1.fatalitiesHigh = 1
            MERGE (c2:Claim {id: 'nq-c2'}) SET c2.stance = 'DENIES'
            MERGE (c3:Claim {id: 'nq-c3'}) SET c3.stance = 'ASSERTS', c3.fatalitiesLow = 3, c3.fatalitiesHigh = 5
            MERGE (c1)-[:ABOUT]->(k1) MERGE (c1)-[:BY]->(officials)
            MERGE (c2)-[:ABOUT]->(k1) MERGE (c2)-[:BY]->(spokes)
            MERGE (c3)-[:ABOUT]->(k1) MERGE (c3)-[:BY]->(outlet)
            MERGE (parent:Faction {id: 'nq-parent'}) SET parent.name = 'Nqparent'
            MERGE (child:Faction {id: 'nq-child'}) SET child.name = 'Nqchild'
            MERGE (grandchild:Faction {id: 'nq-grandchild'}) SET grandchild.name = 'Nqgrandchild'
            MERGE (child)-[:SPLINTER_OF]->(parent) MERGE (grandchild)-[:SPLINTER_OF]->(child)
            MERGE (leader:Actor {id: 'nq-leader'}) SET leader.name = 'Nq Leader'
            MERGE (leader)-[l:LEADS]->(child) SET l.ended = true
            """;

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    NamedQueries queries;

    LocalApi api;

    @BeforeAll
    void seed() {
        api = new LocalApi(port);
        try (var s = driver.session()) {
            s.run(SEED).consume();
        }
    }

    @Test
    void atLeastTenDocumentedQueriesAreListed() {
        var answer = api.get("/api/queries");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode items = answer.json().get("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(10);
        List<String> names = new ArrayList<>();
        items.forEach(q -> {
            names.add(q.get("name").asString());
            assertThat(q.get("description").asString()).hasSizeGreaterThan(20);
            assertThat(q.has("cypher")).isFalse();
        });
        assertThat(names).contains("disputed-killings", "splinters-of", "most-contradicted-sources");
        JsonNode disputed = items.get(names.indexOf("disputed-killings"));
        assertThat(disputed.get("params").get(0).get("name").asString()).isEqualTo("place");
        assertThat(disputed.get("params").get(0).get("required").asBoolean()).isTrue();
        assertThat(disputed.get("params").get(1).get("required").asBoolean()).isFalse();
    }

    @Test
    void everyNamedQueryPassesTheReadOnlyChecksAndRuns() {
        for (NamedQuery q : queries.all()) {
            Map<String, Object> params = new HashMap<>();
            q.params().stream().filter(NamedQuery.Param::required)
                    .forEach(p -> params.put(p.name(), p.type().equals("string") ? "nq-none" : 1));
            var answer = api.post("/api/queries/" + q.name(), Map.of("params", params));
            assertThat(answer.status()).as(q.name() + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.json().get("columns").size()).as(q.name()).isPositive();
        }
    }

    @Test
    void disputedKillingsInAPlaceAndYearSayWhoDenies() {
        var answer = api.post("/api/queries/disputed-killings",
                Map.of("params", Map.of("place", "nqprovince", "year", "2015")));
        JsonNode rows = answer.json().get("rows");
        assertThat(rows.size()).as(answer.body()).isEqualTo(1);
        assertThat(rows.get(0).get(0).asString()).isEqualTo("nq-k1");
        assertThat(rows.get(0).get(3).toString()).contains("Nq spokesman");
        assertThat(rows.get(0).get(4).toString()).contains("Nq officials").contains("Nq Herald");
        var allYears = api.post("/api/queries/disputed-killings", Map.of("params", Map.of("place", "nq-prov")));
        assertThat(allYears.json().get("rows").size()).isEqualTo(2);
    }

    @Test
    void splintersComeWithLineageAndFormerLeaders() {
        var answer = api.post("/api/queries/splinters-of", Map.of("params", Map.of("faction", "nq-parent")));
        JsonNode rows = answer.json().get("rows");
        assertThat(rows.size()).as(answer.body()).isEqualTo(2);
        assertThat(rows.get(0).get(0).asString()).isEqualTo("nq-child");
        assertThat(rows.get(0).get(4).toString()).contains("Nq Leader (former)");
        assertThat(rows.get(1).get(0).asString()).isEqualTo("nq-grandchild");
        assertThat(rows.get(1).get(3).toString()).isEqualTo("[\"Nqparent\",\"Nqchild\",\"Nqgrandchild\"]");
    }

    @Test
    void rivalAffiliationsPairOnlyRivalFactionsOfOneActor() {
        try (var s = driver.session()) {
            s.run("""
                    MERGE (f1:Faction {id: 'nq-riv-f1'}) SET f1.name = 'Nqriv One'
                    MERGE (f2:Faction {id: 'nq-riv-f2'}) SET f2.name = 'Nqriv Two'
                    MERGE (f3:Faction {id: 'nq-riv-f3'}) SET f3.name = 'Nqriv Three'
                    MERGE (f2)-[:RIVAL_OF]->(f1)
                    MERGE (both:Actor {id: 'nq-riv-both'}) SET both.name = 'Nqriv Both'
                    MERGE (both)-[:MEMBER_OF]->(f1) MERGE (both)-[:LOYAL_TO]->(f2) MERGE (both)-[:LEADS]->(f3)
                    MERGE (allies:Actor {id: 'nq-riv-allies'}) SET allies.name = 'Nqriv Allies'
                    MERGE (allies)-[:MEMBER_OF]->(f1) MERGE (allies)-[:COMMANDS]->(f3)
                    MERGE (one:Actor {id: 'nq-riv-one'}) SET one.name = 'Nqriv One Side'
                    MERGE (one)-[:MEMBER_OF]->(f2) MERGE (one)-[:RIVAL_OF]->(both)
                    """).consume();
        }
        var answer = api.post("/api/queries/rival-affiliations", Map.of("params", Map.of()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> mine = new ArrayList<>();
        for (JsonNode row : answer.json().get("rows")) {
            if (row.get(0).asString().startsWith("nq-riv-")) {
                mine.add(row.get(0).asString() + ": " + row.get(2).asString() + " / " + row.get(3).asString());
            }
        }
        assertThat(mine).containsExactly("nq-riv-both: Nqriv One / Nqriv Two");
    }

    @Test
    void differingTollsListEachSourcesRange() {
        var answer = api.post("/api/queries/differing-fatality-tolls", Map.of("params", Map.of("limit", 500)));
        assertThat(answer.body()).contains("nq-k1").contains("Nq Herald");
    }

    @Test
    void badCallsAreProblems() {
        assertThat(api.post("/api/queries/no-such-query", Map.of()).status()).isEqualTo(404);
        var unknown = api.post("/api/queries/most-cited-sources", Map.of("params", Map.of("limt", 3)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("type").asString()).endsWith("/unknown-query-parameter");
        var missing = api.post("/api/queries/splinters-of", Map.of("params", Map.of()));
        assertThat(missing.json().get("type").asString()).endsWith("/missing-query-parameter");
        var mistyped = api.post("/api/queries/most-cited-sources", Map.of("params", Map.of("limit", "ten")));
        assertThat(mistyped.json().get("type").asString()).endsWith("/invalid-query-parameter");
    }

    @Test
    void headersAreParsedStrictly() {
        var q = NamedQuery.parse("x.cypher", """
                // name: x
                // description: an example
                // params: a string
                // params: b int 7
                // params: c boolean null
                MATCH (n) RETURN n LIMIT $b;
                """);
        assertThat(q.params()).extracting(NamedQuery.Param::defaultValue).containsExactly(null, 7L, null);
        assertThat(q.params()).extracting(NamedQuery.Param::required).containsExactly(true, false, false);
        assertThat(q.cypher()).isEqualTo("MATCH (n) RETURN n LIMIT $b");
        assertThatThrownBy(() -> NamedQuery.parse("y.cypher", "// name: z\n// description: d\nRETURN 1"))
                .hasMessageContaining("y.cypher");
        assertThatThrownBy(() -> NamedQuery.parse("y.cypher", "// name: y\n// description: d\n// params: a date\nRETURN 1"))
                .hasMessageContaining("type");
    }
}
