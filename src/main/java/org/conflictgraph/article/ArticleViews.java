package org.conflictgraph.article;

import java.util.List;

/** JSON shapes of the article endpoints (camelCase). */
final class ArticleViews {

    private ArticleViews() {
    }

    /** A list page: {@code next} is the cursor of the following page, or null on the last. */
    record Page<T>(List<T> items, String next) {
    }

    record ArticleSummary(String id, String title, String outlet, String author, String published, String url,
                          boolean headlineIsQuestion, String format, String file, String ingestedAt,
                          String syndicatesOf, String extractorVersion) {

        static ArticleSummary of(ArticleStore.StoredArticle a) {
            return new ArticleSummary(a.id(), a.title(), a.outlet(), a.author(), a.published(), a.url(),
                    a.headlineIsQuestion(), a.format(), a.file(), a.ingestedAt(), a.syndicatesOf(),
                    a.extractorVersion());
        }
    }

    /** [start, end) character offsets of a paragraph in the clean text. */
    record Paragraph(int start, int end) {
    }

    record ArticleDetail(String id, String contentHash, String title, String outlet, String author, String published,
                         String url, boolean headlineIsQuestion, String format, String file, String ingestedAt,
                         String syndicatesOf, String extractorVersion, String text, List<Paragraph> paragraphs) {

        static ArticleDetail of(ArticleStore.StoredArticle a) {
            return new ArticleDetail(a.id(), a.contentHash(), a.title(), a.outlet(), a.author(), a.published(),
                    a.url(), a.headlineIsQuestion(), a.format(), a.file(), a.ingestedAt(), a.syndicatesOf(),
                    a.extractorVersion(), a.text(),
                    a.paragraphs().stream().map(p -> new Paragraph(p[0], p[1])).toList());
        }
    }
}
