package org.conflictgraph.article;

import java.util.ArrayList;
import java.util.List;

import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.graph.ArticleRecord;

/**
 * One article as intake understood it: the clean text with paragraph offsets and metadata (what the extractor
 * reads), its format and its dedup keys.
 *
 * @param article     clean text, [start, end) paragraph offsets and metadata
 * @param format      TEXT, HTML, JSON or JSONL
 * @param fingerprint content hash (the id's source) and SimHash
 */
public record ParsedArticle(ArticleText article, String format, ContentFingerprint fingerprint) {

    public String id() {
        return fingerprint.articleId();
    }

    /** The record the graph writer stores; {@code syndicatesOf} is the first-seen copy's id, or null. */
    public ArticleRecord toRecord(String syndicatesOf) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int[] p : article.paragraphs()) {
            starts.add(p[0]);
            ends.add(p[1]);
        }
        var meta = article.meta();
        return new ArticleRecord(id(), fingerprint.contentHash(), fingerprint.simhash(), meta.title(), meta.outlet(),
                meta.author(), meta.published(), meta.url(), meta.headlineIsQuestion(), format, meta.file(),
                article.text(), starts, ends, syndicatesOf);
    }
}
