package org.conflictgraph.graph;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.RetryableException;
import org.springframework.stereotype.Component;

/**
 * Runs the graph's units of work as explicit driver transactions: one commit or nothing. Transient failures
 * (deadlocks between concurrent writers MERGE-ing the same nodes) roll back and run the work again, a few times,
 * which Spring's TransactionTemplate would not do. The work must keep no state outside the transaction between
 * attempts.
 */
@Component
public class GraphTransactions {

    private static final int ATTEMPTS = 8;

    /**
     * Prefix of the writer's statements. They are all anchored on ids (unique-constraint seeks whatever the
     * statistics say), so their cached plans stay good when the statistics move; without it a young, growing graph
     * re-plans them every few seconds (each re-plan of the big MERGE statements costs 50-100 ms of CPU: 45 % of the
     * database's CPU per ingested article in the ingest benchmark's JFR profile, docs/performance.md).
     */
    public static final String KEEP_PLAN = "CYPHER replan=skip\n";

    private final Driver driver;

    GraphTransactions(Driver driver) {
        this.driver = driver;
    }

    <T> T write(Function<QueryRunner, T> work) {
        return run(AccessMode.WRITE, work);
    }

    <T> T read(Function<QueryRunner, T> work) {
        return run(AccessMode.READ, work);
    }

    private <T> T run(AccessMode mode, Function<QueryRunner, T> work) {
        for (int attempt = 1; ; attempt++) {
            try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(mode).build());
                 var tx = session.beginTransaction()) {
                T result = work.apply(tx);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                if (!(e instanceof RetryableException) || attempt >= ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /**
     * Takes the writers' lock (held until commit): the graph-changing part of every write runs alone, so look-up
     * based identity and event coreference see each other's committed results (no duplicate events from two
     * articles about one new event written at once) and writers touching the same nodes cannot deadlock.
     */
    public static void serialiseWriters(QueryRunner tx) {
        tx.run(KEEP_PLAN + """
                MERGE (l:WriteLock {id: 'graph-writers'})
                SET l.held = true
                REMOVE l.held
                """).consume();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a graph transaction", e);
        }
    }
}
