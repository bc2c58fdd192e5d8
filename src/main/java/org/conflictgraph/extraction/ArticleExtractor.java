package org.conflictgraph.extraction;

/**
 * Turns one article into its {@link ArticleExtraction}. Implementations never throw for bad text:
 * they return an empty or partial extraction with the reason in {@code notes}.
 */
public interface ArticleExtractor {

    /** Bumped whenever the rules change, so stored articles can be re-extracted. */
    String version();

    ArticleExtraction extract(ArticleText article);
}
