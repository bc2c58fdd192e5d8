package org.conflictgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.conflictgraph.problem.ApiException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyCypherTests {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ReadOnlyCypher cypher;

    LocalApi api;

    @BeforeAll
    void seed() {
        api = new LocalApi(port);
        try (var s = driver.session()) {
            s.run("""
                    MERGE (a:Actor {id: 'rocq-actor-1'}) SET a.name = 'Rocq Actor'
                    MERGE (f:Faction {id: 'rocq-faction-1'}) SET f.name = 'Rocq Faction'
                    MERGE (a)-[r:LEADS {id: 'rocq-rel-1'}]->(f) SET r.since = date('2015-07-30')
                    """).consume();
        }
    }

    long nodeCount() {
        try (var s = driver.session()) {
            return s.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
        }
    }

    @Test
    void readsNodesRelationshipsAndPathsInOneShape() {
        var answer = api.post("/api/cypher", Map.of("query", """
                MATCH p = (a:Actor {id: $id})-[r:LEADS]->(f) RETURN a, r, f, p, r.since AS since
                """, "params", Map.of("id", "rocq-actor-1")));
        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("columns").toString()).isEqualTo("[\"a\",\"r\",\"f\",\"p\",\"since\"]");
        assertThat(json.get("truncated").asBoolean()).isFalse();
        JsonNode row = json.get("rows").get(0);
        assertThat(row.get(0).get("id").asString()).isEqualTo("rocq-actor-1");
        assertThat(row.get(0).get("labels").get(0).asString()).isEqualTo("Actor");
        assertThat(row.get(0).get("properties").get("name").asString()).isEqualTo("Rocq Actor");
        assertThat(row.get(1).get("type").asString()).isEqualTo("LEADS");
        assertThat(row.get(1).get("start").asString()).isEqualTo("rocq-actor-1");
        assertThat(row.get(1).get("end").asString()).isEqualTo("rocq-faction-1");
        assertThat(row.get(3).size()).isEqualTo(3);
        assertThat(row.get(3).get(2).get("id").asString()).isEqualTo("rocq-faction-1");
        assertThat(row.get(4).asString()).isEqualTo("2015-07-30");
    }

    @Test
    void relationshipEndsOutsideTheResultAreStillOurIds() {
        var answer = api.post("/api/cypher", Map.of("query",
                "MATCH (:Actor {id: 'rocq-actor-1'})-[r]->() RETURN r"));
        assertThat(answer.json().get("rows").get(0).get(0).get("end").asString()).isEqualTo("rocq-faction-1");
    }

    @Test
    void allowedProceduresRun() {
        var answer = api.post("/api/cypher", Map.of("query", "CALL db.labels() YIELD label RETURN label"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Actor");
    }

    @Test
    void rowCapTruncates() {
        var result = cypher.run("UNWIND range(1, 20) AS x RETURN x", Map.of(), Duration.ofSeconds(5), 7);
        assertThat(result.rows()).hasSize(7);
        assertThat(result.truncated()).isTrue();
        var all = cypher.run("UNWIND range(1, 7) AS x RETURN x", Map.of(), Duration.ofSeconds(5), 7);
        assertThat(all.truncated()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE (:Hostile {id: 'x'})                                        | 403 | cypher-not-read-only
            MATCH (a:Actor {id: 'rocq-actor-1'}) SET a.name = 'hacked'         | 403 | cypher-not-read-only
            MATCH (a:Actor {id: 'rocq-actor-1'}) DETACH DELETE a               | 403 | cypher-not-read-only
            MERGE (a:Actor {id: 'rocq-new'}) RETURN a                          | 403 | cypher-not-read-only
            MATCH (a:Actor {id: 'rocq-actor-1'}) REMOVE a:Actor                | 403 | cypher-not-read-only
            CREATE INDEX hostile FOR (n:Hostile) ON (n.x)                      | 403 | cypher-not-read-only
            DROP CONSTRAINT actor_id                                           | 403 | cypher-not-read-only
            CALL db.createLabel('Hostile')                                     | 403 | cypher-not-read-only
            CALL dbms.components() YIELD name RETURN name                      | 403 | cypher-not-read-only
            CALL dbms.listConfig() YIELD name RETURN name                      | 403 | cypher-not-read-only
            CALL db.ping() YIELD success RETURN success                        | 403 | cypher-procedure-not-allowed
            CALL apoc.meta.data()                                              | 400 | cypher-error
            LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line             | 403 | cypher-load-csv-forbidden
            LOAD CSV FROM 'https://example.org/x.csv' AS line RETURN line      | 403 | cypher-load-csv-forbidden
            MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS RETURN count(*) | 403 | cypher-not-read-only
            UNWIND [1] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y | 400 | cypher-transactions-not-allowed
            SHOW TRANSACTIONS                                                  | 403 | cypher-command-not-allowed
            SHOW SETTINGS                                                      | 403 | cypher-command-not-allowed
            MATCH (n RETURN n                                                  | 400 | cypher-syntax-error
            RETURN $missing                                                    | 400 | cypher-error
            """)
    void hostileQueriesAreRefusedAndChangeNothing(String query, int status, String type) {
        long before = nodeCount();
        var answer = api.post("/api/cypher", Map.of("query", query));
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().get("type").asString()).isEqualTo("https://conflict-graph.org/problems/" + type);
        assertThat(nodeCount()).isEqualTo(before);
        try (var s = driver.session()) {
            assertThat(s.run("MATCH (a:Actor {id: 'rocq-actor-1'}) RETURN a.name AS n").single().get("n").asString())
                    .isEqualTo("Rocq Actor");
        }
    }

    @Test
    void queriesThatRunTooLongTimeOut() {
        long before = nodeCount();
        try {
            cypher.run("UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 123 RETURN count(x)", Map.of(),
                    Duration.ofMillis(300), 10);
            throw new AssertionError("expected a timeout");
        } catch (ApiException e) {
            assertThat(e.type()).isEqualTo("cypher-timeout");
            assertThat(e.status().value()).isEqualTo(408);
        }
        assertThat(nodeCount()).isEqualTo(before);
    }

    @Test
    void emptyQueryIsBadInput() {
        var answer = api.post("/api/cypher", Map.of("query", " "));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("type").asString()).endsWith("/cypher-empty");
    }

    @Test
    void unlistedReadProceduresAreRefusedByName() {
        var answer = api.post("/api/cypher", Map.of("query", "CALL db.ping() YIELD success RETURN success"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("detail").asString()).contains("'db.ping'");
        assertThat(ReadOnlyCypher.operatorName("ProcedureCall@neo4j")).isEqualTo("procedurecall");
    }
}
