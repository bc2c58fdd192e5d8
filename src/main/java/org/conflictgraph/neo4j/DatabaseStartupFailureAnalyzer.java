package org.conflictgraph.neo4j;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Ends a failed start-up with one clear message instead of a stack-trace wall. */
class DatabaseStartupFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), "See the message above; conflict-graph.* settings are listed "
                + "in README.md.", cause);
    }
}
