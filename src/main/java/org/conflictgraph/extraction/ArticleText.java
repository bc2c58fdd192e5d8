package org.conflictgraph.extraction;

import java.util.List;

/**
 * The input to extraction: an article's clean text and metadata, as intake produced them.
 *
 * @param text       the clean body text; every offset of the extraction points into it
 * @param paragraphs [start, end) character offsets of each paragraph in {@code text}
 * @param meta       title, outlet, author, published (ISO, source offset), headline question
 */
public record ArticleText(String text, List<int[]> paragraphs, ArticleExtraction.ArticleMeta meta) {
}
