package org.conflictgraph.query;

import java.time.Duration;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Component;

/**
 * Every read of this package runs here: a READ session and transaction with the configured timeout, so the database
 * itself refuses writes and stops runaway reads.
 */
@Component
class ReadTransactions {

    private final Driver driver;
    private final QueryProperties properties;

    ReadTransactions(Driver driver, QueryProperties properties) {
        this.driver = driver;
        this.properties = properties;
    }

    /** A read of the service's own bounded queries. */
    <T> T read(TransactionCallback<T> work) {
        return read(properties.readTimeout(), work);
    }

    <T> T read(Duration timeout, TransactionCallback<T> work) {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(work, TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    QueryProperties properties() {
        return properties;
    }
}
