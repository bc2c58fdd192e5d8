package org.conflictgraph.graph;

import java.util.Optional;

import org.neo4j.driver.QueryRunner;
import org.springframework.stereotype.Component;

/** The default: no cross-article coreference, every article's event is its own node. */
@Component
class ArticleLocalEventMatcher implements EventMatcher {

    @Override
    public Optional<String> match(QueryRunner tx, CandidateEvent event) {
        return Optional.empty();
    }
}
