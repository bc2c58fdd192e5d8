package org.conflictgraph.query;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code conflict-graph.query.*}: limits of researcher reads.
 *
 * @param timeout        transaction timeout of researcher Cypher ({@code POST /api/cypher} and named queries)
 * @param maxRows        row cap of {@code POST /api/cypher} and named queries; more rows answer {@code truncated: true}
 * @param exportTimeout  transaction timeout of a streamed export (it reads the whole graph)
 * @param readTimeout    transaction timeout of the service's own bounded REST reads (events, sources,
 *                       neighbourhood): generous, because a cold planner can take seconds on a busy machine
 */
@ConfigurationProperties("conflict-graph.query")
public record QueryProperties(@DefaultValue("5s") Duration timeout, @DefaultValue("10000") int maxRows,
                              @DefaultValue("30m") Duration exportTimeout,
                              @DefaultValue("60s") Duration readTimeout) {
}
