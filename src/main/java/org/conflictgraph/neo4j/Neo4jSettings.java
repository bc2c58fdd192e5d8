package org.conflictgraph.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code conflict-graph.*} database settings.
 *
 * @param dataDir where the embedded DBMS keeps its files ({@code CONFLICT_GRAPH_DATA_DIR} sets it too)
 * @param neo4j   embedded or external DBMS
 */
@ConfigurationProperties("conflict-graph")
public record Neo4jSettings(@DefaultValue("./data") Path dataDir, @DefaultValue Embedded neo4j) {

    /**
     * @param embedded  start a DBMS in this JVM (false: use {@code spring.neo4j.uri})
     * @param boltPort  loopback Bolt port; 0 picks a free port once and reuses it on in-process restarts
     * @param pageCache page cache size of the embedded DBMS, e.g. {@code 512m}
     */
    public record Embedded(@DefaultValue("true") boolean embedded, @DefaultValue("0") int boltPort,
                           @DefaultValue("512m") String pageCache) {
    }
}
