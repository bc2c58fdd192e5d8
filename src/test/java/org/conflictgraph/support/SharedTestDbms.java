package org.conflictgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.conflictgraph.neo4j.EmbeddedNeo4j;

/**
 * One embedded DBMS per test JVM, on a temporary data directory with a small page cache. Spring caches test
 * contexts, and each would otherwise start its own database; {@link SharedTestDbmsEnvironmentPostProcessor}
 * points every test context at this one over Bolt instead.
 */
public final class SharedTestDbms {

    private static EmbeddedNeo4j dbms;

    private SharedTestDbms() {
    }

    public static synchronized EmbeddedNeo4j get() {
        if (dbms == null) {
            try {
                Path dir = Files.createTempDirectory("conflict-graph-test-dbms");
                dbms = EmbeddedNeo4j.start(dir, 0, EmbeddedNeo4j.parseSize("64m"));
                Runtime.getRuntime().addShutdownHook(new Thread(dbms::close, "test-dbms-shutdown"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dbms;
    }
}
