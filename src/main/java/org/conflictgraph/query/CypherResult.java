package org.conflictgraph.query;

import java.util.List;

/**
 * Rows of a read-only researcher query, in column order; values serialised by {@link CypherValues}.
 * {@code truncated} is true when the row cap cut the result.
 */
public record CypherResult(List<String> columns, List<List<Object>> rows, boolean truncated) {
}
