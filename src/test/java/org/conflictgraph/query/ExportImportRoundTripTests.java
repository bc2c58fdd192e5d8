package org.conflictgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.conflictgraph.graph.GraphImporter;
import org.conflictgraph.neo4j.EmbeddedNeo4j;
import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.ConflictException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.json.JsonMapper;

/** Backup and restore on a DBMS of its own (import needs an empty graph; the shared test DBMS never is). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportImportRoundTripTests {

    static final String SEED = ExportTests.SEED + """
            WITH 1 AS one
            MERGE (j:Actor {id: 'rt-actor'}) SET j.name = 'Rt Actor', j.born = date('1970-01-02'),
                  j.seen = localdatetime('2015-12-05T10:00:00'), j.tenure = duration('P1Y2M3DT4H5M6.5S'),
                  j.scores = [1.5, 2.0], j.flags = [true, false]
            MERGE (f:Faction {id: 'ex-faction'})
            MERGE (j)-[l:LEADS {id: 'rt-leads'}]->(f) SET l.since = date('2014-03-01'), l.ended = true
            MERGE (:SchemaMigration {version: 'V999'})
            """;

    EmbeddedNeo4j dbms;
    Driver driver;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void start() throws IOException {
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        dbms = EmbeddedNeo4j.start(Files.createTempDirectory("conflict-graph-roundtrip"), port,
                EmbeddedNeo4j.parseSize("32m"));
        driver = GraphDatabase.driver(dbms.boltUri(), AuthTokens.none());
    }

    @AfterAll
    void stop() {
        driver.close();
        dbms.close();
    }

    void run(String cypher) {
        try (var s = driver.session()) {
            s.run(cypher).consume();
        }
    }

    /** Every node and relationship by content (element ids differ after a restore). */
    List<String> content() {
        try (var s = driver.session()) {
            List<String> out = new ArrayList<>(s.run("""
                    MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:WriteLock
                    RETURN labels(n) AS labels, properties(n) AS props
                    """).list(r -> r.get("labels").asList() + " " + sorted(r.get("props"))));
            out.addAll(s.run("""
                    MATCH (a)-[r]->(b)
                    RETURN properties(a) AS a, type(r) AS type, properties(r) AS r, properties(b) AS b
                    """).list(r -> sorted(r.get("a")) + " " + r.get("type").asString() + " " + sorted(r.get("r"))
                    + " " + sorted(r.get("b"))));
            out.sort(null);
            return out;
        }
    }

    static String sorted(org.neo4j.driver.Value map) {
        var out = new java.util.TreeMap<String, Object>();
        map.asMap(v -> v.asObject()).forEach((k, v) -> out.put(k,
                v instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : v));
        return out.toString();
    }

    byte[] export() {
        var exporter = new GraphExporter(new ReadTransactions(driver,
                new QueryProperties(Duration.ofSeconds(5), 10_000, Duration.ofMinutes(5), Duration.ofSeconds(60))),
                json);
        var out = new ByteArrayOutputStream();
        exporter.json(out);
        return out.toByteArray();
    }

    long nodes() {
        try (var s = driver.session()) {
            return s.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
        }
    }

    @Test
    void aJsonExportRestoresIntoAnEmptyGraphExactly() {
        run("MATCH (n) DETACH DELETE n");
        run(SEED);
        List<String> before = content();
        assertThat(before).anyMatch(x -> x.contains("tenure=") && x.contains("born=1970-01-02"));
        byte[] backup = export();

        var importer = new GraphImporter(driver, json);
        assertThatThrownBy(() -> importer.restore(new ByteArrayInputStream(backup)))
                .isInstanceOf(ConflictException.class);

        run("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n");
        var result = importer.restore(new ByteArrayInputStream(backup));
        assertThat(content()).isEqualTo(before);
        assertThat(result.nodes()).isEqualTo(before.stream().filter(x -> x.startsWith("[")).count());
        assertThat(result.relationships()).isPositive();

        // and the restored graph exports to the same content again
        byte[] second = export();
        run("MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n");
        importer.restore(new ByteArrayInputStream(second));
        assertThat(content()).isEqualTo(before);
    }

    @Test
    void aBrokenFileIsRefusedBeforeAnythingIsWritten() {
        run("MATCH (n) DETACH DELETE n");
        var importer = new GraphImporter(driver, json);
        String dangling = """
                {"format": "conflict-graph-export", "version": 1, "nodes": [
                  {"key": "a", "labels": ["Actor"], "properties": {"id": "x"}}],
                 "relationships": [{"type": "LEADS", "start": "a", "end": "missing", "properties": {}}]}
                """;
        assertThatThrownBy(() -> importer.restore(new ByteArrayInputStream(dangling.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("missing");
        assertThat(nodes()).isZero();
        for (String bad : List.of("[]", "{\"format\": \"other\"}", "{\"format\": \"conflict-graph-export\", \"version\": 2}",
                "{\"format\": \"conflict-graph-export\", \"nodes\": [{\"key\": \"a\", \"labels\": [], "
                        + "\"properties\": {\"d\": {\"$type\": \"date\", \"value\": \"yesterday\"}}}]}",
                "{\"format\": \"conflict-graph-export\", \"nodes\": [")) {
            assertThatThrownBy(() -> importer.restore(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                    .as(bad).isInstanceOf(BadInputException.class);
        }
        assertThat(nodes()).isZero();
    }
}
