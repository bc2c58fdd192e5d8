package org.conflictgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** The embedded DBMS on its own, without Spring: restarts, locking, ports, settings. */
class EmbeddedNeo4jTests {

    private static final long PAGE_CACHE = EmbeddedNeo4j.parseSize("16m");

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestartOnTheSameDirectoryAndThePortIsReused() {
        var uriBefore = "";
        try (var dbms = EmbeddedNeo4j.start(dir, 0, PAGE_CACHE); Driver driver = driver(dbms)) {
            driver.executableQuery("CREATE (:Marker {id: 'kept'})").execute();
            uriBefore = dbms.boltUri().toString();
        }
        try (var dbms = EmbeddedNeo4j.start(dir, 0, PAGE_CACHE); Driver driver = driver(dbms)) {
            assertThat(dbms.boltUri().toString()).isEqualTo(uriBefore);
            var records = driver.executableQuery("MATCH (m:Marker {id: 'kept'}) RETURN count(m) AS n").execute()
                    .records();
            assertThat(records.getFirst().get("n").asLong()).isEqualTo(1);
        }
    }

    @Test
    void stopMakesItUnavailableAndRestartServesTheSameDataOnTheSameUri() {
        try (var dbms = EmbeddedNeo4j.start(dir, 0, PAGE_CACHE); Driver driver = driver(dbms)) {
            driver.executableQuery("CREATE (:Marker {id: 'outage'})").execute();
            dbms.stop();
            assertThatThrownBy(() -> driver.executableQuery("RETURN 1").execute())
                    .isInstanceOf(org.neo4j.driver.exceptions.ServiceUnavailableException.class);
            dbms.restart();
            var records = driver.executableQuery("MATCH (m:Marker {id: 'outage'}) RETURN count(m) AS n").execute()
                    .records();
            assertThat(records.getFirst().get("n").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aSecondInstanceOnALockedDirectoryFailsWithAClearMessage() {
        try (var first = EmbeddedNeo4j.start(dir, 0, PAGE_CACHE)) {
            Path other = dir.resolveSibling(dir.getFileName() + "-x");
            assertThatThrownBy(() -> EmbeddedNeo4j.start(dir, freePort(), PAGE_CACHE))
                    .isInstanceOf(DatabaseStartupException.class)
                    .hasMessageContaining("locked")
                    .hasMessageContaining(dir.toAbsolutePath().toString());
            assertThat(first.boltUri()).isNotNull();
            assertThat(Files.exists(other)).isFalse();
        }
    }

    @Test
    void aBoltPortInUseFailsWithAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(dir, taken.getLocalPort(), PAGE_CACHE))
                    .isInstanceOf(DatabaseStartupException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()))
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void anUnwritableDataDirectoryFailsWithAClearMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> EmbeddedNeo4j.start(file, 0, PAGE_CACHE))
                .isInstanceOf(DatabaseStartupException.class)
                .hasMessageContaining("conflict-graph.data-dir");
    }

    @Test
    void loadCsvCannotReadLocalFiles() throws Exception {
        Path csv = Files.writeString(dir.resolve("secret.csv"), "a\n1\n");
        try (var dbms = EmbeddedNeo4j.start(dir.resolve("db"), 0, PAGE_CACHE); Driver driver = driver(dbms)) {
            assertThatThrownBy(() -> driver.executableQuery("LOAD CSV FROM $url AS row RETURN row")
                    .withParameters(java.util.Map.of("url", csv.toUri().toString())).execute())
                    .hasMessageContaining("file");
        }
    }

    private static Driver driver(EmbeddedNeo4j dbms) {
        return GraphDatabase.driver(dbms.boltUri(), AuthTokens.none());
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
