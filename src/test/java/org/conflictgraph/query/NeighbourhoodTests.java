package org.conflictgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

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
class NeighbourhoodTests {

    /** A hub faction blamed for 30 events, each at one of two places inside a country; one event is disputed. */
    static final String SEED = """
            MERGE (hub:Faction {id: 'nb-hub'}) SET hub.name = 'Nb Hub'
            MERGE (country:Place {id: 'nb-country'}) SET country.name = 'Nb Country'
            MERGE (a:Place {id: 'nb-a'}) SET a.name = 'Nb A' MERGE (a)-[:IN]->(country)
            MERGE (b:Place {id: 'nb-b'}) SET b.name = 'Nb B' MERGE (b)-[:IN]->(country)
            MERGE (x:Extraction {id: 'nb-extraction'}) SET x.json = '{}'
            MERGE (hub)<-[:ON]-(x)
            WITH hub, a, b
            UNWIND range(10, 39) AS i
            MERGE (e:Event {id: 'nb-e' + i})
            SET e.type = 'ATTACK', e.summary = 'Attack ' + i, e.status = CASE i WHEN 10 THEN 'DISPUTED' ELSE 'REPORTED' END
            MERGE (e)-[:PERPETRATED_BY]->(hub)
            WITH e, i, a, b
            CALL (e, i, a, b) {
              WITH e, CASE i % 2 WHEN 0 THEN a ELSE b END AS p
              MERGE (e)-[:AT]->(p)
            }
            """;

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    LocalApi api;

    @BeforeAll
    void seed() {
        api = new LocalApi(port);
        try (var s = driver.session()) {
            s.run(SEED).consume();
        }
    }

    JsonNode around(String query) {
        var answer = api.get("/api/graph/neighbourhood?" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    static List<String> ids(JsonNode nodes) {
        List<String> ids = new ArrayList<>();
        nodes.forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    @Test
    void aHubIsCappedWithACountOfWhatWasLeftOut() {
        JsonNode view = around("id=nb-hub&limit=10");
        JsonNode nodes = view.get("nodes");
        assertThat(nodes.size()).isEqualTo(10);
        assertThat(nodes.get(0).get("id").asString()).isEqualTo("nb-hub");
        assertThat(nodes.get(0).get("depth").asInt()).isZero();
        assertThat(nodes.get(0).get("omitted").asLong()).isEqualTo(21);
        assertThat(view.get("truncated").asBoolean()).isTrue();
        assertThat(view.get("edges").size()).isEqualTo(9);
        assertThat(ids(nodes)).doesNotContain("nb-extraction");
        // the first neighbours in id order
        assertThat(ids(nodes).subList(1, 4)).containsExactly("nb-e10", "nb-e11", "nb-e12");
    }

    @Test
    void theSameRequestGivesTheSameAnswer() {
        assertThat(api.get("/api/graph/neighbourhood?id=nb-hub&depth=2&limit=20").body())
                .isEqualTo(api.get("/api/graph/neighbourhood?id=nb-hub&depth=2&limit=20").body());
    }

    @Test
    void depthTwoReachesThePlacesAndEdgesJoinReturnedNodesOnly() {
        JsonNode view = around("id=nb-e10&depth=2&limit=100");
        List<String> ids = ids(view.get("nodes"));
        assertThat(ids.subList(0, 1)).containsExactly("nb-e10");
        assertThat(ids).contains("nb-hub", "nb-a", "nb-country");
        view.get("edges").forEach(e -> {
            assertThat(ids).contains(e.get("source").asString(), e.get("target").asString());
        });
        JsonNode event = view.get("nodes").get(0);
        assertThat(event.get("label").asString()).isEqualTo("Event");
        assertThat(event.get("caption").asString()).isEqualTo("Attack 10");
        assertThat(event.get("omitted").asLong()).isZero();
    }

    @Test
    void statusFilterDropsOtherEvents() {
        JsonNode view = around("id=nb-hub&status=disputed&limit=100");
        assertThat(ids(view.get("nodes"))).containsExactly("nb-hub", "nb-e10");
        assertThat(view.get("nodes").get(0).get("omitted").asLong()).isZero();
    }

    @Test
    void badRequestsAreProblems() {
        assertThat(api.get("/api/graph/neighbourhood?id=nb-hub&depth=4").json().get("type").asString())
                .endsWith("/invalid-depth");
        assertThat(api.get("/api/graph/neighbourhood?id=nb-hub&limit=501").json().get("type").asString())
                .endsWith("/invalid-limit");
        assertThat(api.get("/api/graph/neighbourhood?id=nb-hub&status=MAYBE").status()).isEqualTo(400);
        assertThat(api.get("/api/graph/neighbourhood?id=nb-nothing").status()).isEqualTo(404);
        assertThat(api.get("/api/graph/neighbourhood").status()).isEqualTo(400);
    }
}
