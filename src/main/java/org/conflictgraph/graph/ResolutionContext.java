package org.conflictgraph.graph;

import org.conflictgraph.extraction.ArticleExtraction;

/**
 * What an {@link EntityResolver} may use besides the name: the article being written and its whole extraction
 * (the entity's entry there gives roles, factions, the enclosing place, speaks_for).
 *
 * @param articleId  the article being written
 * @param published  its publication date (ISO, source offset) or null
 * @param kindDetail the entity's own kind within its {@link EntityKind}: a faction's kind (STATE_FORCE...), a place's
 *                   kind (COUNTRY...), a source's kind (OFFICIAL...); null for actors or when unknown
 * @param extraction the article's extraction
 */
public record ResolutionContext(String articleId, String published, String kindDetail, ArticleExtraction extraction) {
}
