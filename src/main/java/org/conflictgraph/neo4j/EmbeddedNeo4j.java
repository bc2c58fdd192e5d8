package org.conflictgraph.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j DBMS in this JVM with Bolt on 127.0.0.1 only (no HTTP connector), so Spring Data Neo4j and the
 * driver talk to it exactly as they would to an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /**
     * Port 0 is resolved once per data directory and JVM, so an in-process restart on the same directory keeps
     * the URI clients already hold, while other instances in the JVM (tests) get ports of their own.
     */
    private static final Map<Path, Integer> CHOSEN_PORTS = new ConcurrentHashMap<>();

    private final Path dataDir;
    private final int port;
    private final long pageCacheBytes;
    private final URI boltUri;
    private volatile DatabaseManagementService dbms;

    private EmbeddedNeo4j(Path dataDir, int port, long pageCacheBytes, DatabaseManagementService dbms, URI boltUri) {
        this.dataDir = dataDir;
        this.port = port;
        this.pageCacheBytes = pageCacheBytes;
        this.dbms = dbms;
        this.boltUri = boltUri;
    }

    /**
     * Starts the DBMS.
     *
     * @throws DatabaseStartupException with a message saying what is wrong and how to fix it
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, long pageCacheBytes) {
        Path dir = dataDir.toAbsolutePath().normalize();
        checkDataDir(dir);
        int port = resolvePort(boltPort, dir);
        DatabaseManagementService dbms = build(dir, port, pageCacheBytes);
        try {
            var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            var address = ports.getLocalAddress(ConnectorType.BOLT);
            URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
            log.info("Embedded Neo4j started in {} with Bolt on {}", dir, uri);
            return new EmbeddedNeo4j(dir, port, pageCacheBytes, dbms, uri);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw new DatabaseStartupException("The embedded Neo4j in " + dir + " started but is not usable: "
                    + rootMessage(e), e);
        }
    }

    /**
     * Stops the DBMS (clients get "service unavailable" until {@link #restart()}); the data directory stays locked
     * by nobody meanwhile. For outage drills and tests.
     */
    public synchronized void stop() {
        if (dbms != null) {
            log.info("Stopping embedded Neo4j in {}", dataDir);
            dbms.shutdown();
            dbms = null;
        }
    }

    /** Starts the DBMS again on the same data directory and Bolt port, so clients reconnect to the same URI. */
    public synchronized void restart() {
        stop();
        dbms = build(dataDir, port, pageCacheBytes);
        log.info("Embedded Neo4j restarted with Bolt on {}", boltUri);
    }

    private static DatabaseManagementService build(Path dir, int port, long pageCacheBytes) {
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // LOAD CSV is planned as read-only: never let it read local files
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 days")
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .build();
        } catch (RuntimeException e) {
            throw new DatabaseStartupException(explain(e, dir, port), e);
        }
        return dbms;
    }

    public static long parseSize(String size) {
        return ByteUnit.parse(size);
    }

    public URI boltUri() {
        return boltUri;
    }

    public Path dataDir() {
        return dataDir;
    }

    public DatabaseManagementService dbms() {
        return dbms;
    }

    @Override
    public void close() {
        stop();
    }

    private static void checkDataDir(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new DatabaseStartupException("Cannot create the data directory " + dir + " (" + rootMessage(e)
                    + "). Set conflict-graph.data-dir or CONFLICT_GRAPH_DATA_DIR to a writable directory.", e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir) || !Files.isReadable(dir)) {
            throw new DatabaseStartupException("The data directory " + dir + " is not a readable and writable "
                    + "directory. Set conflict-graph.data-dir or CONFLICT_GRAPH_DATA_DIR to one that is.", null);
        }
    }

    private static int resolvePort(int boltPort, Path dir) {
        if (boltPort != 0) {
            return boltPort;
        }
        return CHOSEN_PORTS.computeIfAbsent(dir, d -> {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new DatabaseStartupException("Cannot find a free loopback port for Bolt: " + e.getMessage(), e);
            }
        });
    }

    private static String explain(Throwable e, Path dir, int port) {
        String all = chainText(e);
        if (all.contains("lock") || all.contains("Lock")) {
            return "The data directory " + dir + " is locked by another running instance (or another Neo4j). "
                    + "Stop that instance, or start this one with another conflict-graph.data-dir.";
        }
        if (all.contains("Address already in use") || all.contains("bind")) {
            return "Bolt port " + port + " on 127.0.0.1 is in use. Free it or set conflict-graph.neo4j.bolt-port "
                    + "to another port (0 picks a free one).";
        }
        return "The embedded Neo4j in " + dir + " did not start: " + rootMessage(e);
    }

    private static String chainText(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
