package org.conflictgraph.article;

import org.conflictgraph.graph.WriteResult;

/**
 * The answer to one posted article.
 *
 * @param id               the article id (same normalised body, same id)
 * @param duplicate        true when the article was already stored
 * @param extractorVersion the extractor version of the article's stored extraction
 * @param counts           what the article's own extraction holds
 * @param syndicatesOf     the first-seen article this one is a near-duplicate copy of, or null
 */
public record IngestResult(String id, boolean duplicate, String extractorVersion, WriteResult.Counts counts,
                           String syndicatesOf) {

    IngestResult asDuplicate() {
        return new IngestResult(id, true, extractorVersion, counts, syndicatesOf);
    }
}
