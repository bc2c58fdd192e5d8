package org.conflictgraph.neo4j;

/** The database could not be started or reached; the message says what and how to fix it. */
public final class DatabaseStartupException extends RuntimeException {

    public DatabaseStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
