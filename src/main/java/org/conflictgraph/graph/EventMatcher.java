package org.conflictgraph.graph;

import java.util.Optional;

import org.neo4j.driver.QueryRunner;

/**
 * Cross-article event coreference: finds the existing {@code :Event} an article's event is the same as. The writer
 * calls it inside the article's write transaction (read through {@code tx}, never write); when it answers empty the
 * writer creates a new event with {@link CandidateEvent#newEventId()}. An event of the same article already stored
 * (re-ingest, re-extraction) is recognised by the writer before the matcher is asked. The default,
 * {@link ArticleLocalEventMatcher}, never matches; a better one replaces it as a {@code @Primary} bean.
 */
public interface EventMatcher {

    /** The id of an existing {@code :Event} node that is the same event, or empty for a new event. */
    Optional<String> match(QueryRunner tx, CandidateEvent event);
}
