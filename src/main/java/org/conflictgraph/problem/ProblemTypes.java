package org.conflictgraph.problem;

import java.net.URI;

/** Stable problem type URIs: {@code https://conflict-graph.org/problems/<suffix>}. */
public final class ProblemTypes {

    public static final String BASE = "https://conflict-graph.org/problems/";

    private ProblemTypes() {
    }

    public static URI uri(String suffix) {
        return URI.create(BASE + suffix);
    }
}
