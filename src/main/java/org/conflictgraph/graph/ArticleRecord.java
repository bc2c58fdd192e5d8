package org.conflictgraph.graph;

import java.util.List;

/**
 * An article as intake hands it to the writer: metadata, clean text and dedup keys.
 *
 * @param id             stable id derived from the hash of the normalised body
 * @param contentHash    hash of the normalised body (unique)
 * @param simhash        64-bit SimHash of the body's shingles, for near-duplicate detection
 * @param published      ISO date or date-time with the source's own offset (never converted to UTC), or null
 * @param format         TEXT, HTML, JSON or JSONL
 * @param file           the file name (and {@code #line} for JSONL) the article came from, or null
 * @param paragraphStarts start offsets of the paragraphs in {@code text}
 * @param paragraphEnds   end offsets (exclusive) of the paragraphs in {@code text}
 * @param syndicatesOf   id of the first-seen article this one is a near-duplicate copy of, or null
 */
public record ArticleRecord(String id, String contentHash, long simhash, String title, String outlet, String author,
                            String published, String url, boolean headlineIsQuestion, String format, String file,
                            String text, List<Integer> paragraphStarts, List<Integer> paragraphEnds,
                            String syndicatesOf) {
}
