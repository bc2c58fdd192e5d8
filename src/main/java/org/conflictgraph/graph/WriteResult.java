package org.conflictgraph.graph;

/** What one article's write produced (counts of the article's own extraction). */
public record WriteResult(String articleId, boolean created, Counts counts) {

    public record Counts(int actors, int factions, int places, int events, int claims, int relations) {
    }
}
