package org.conflictgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conflictgraph.extraction.ArticleExtraction.ArticleMeta;
import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.PayloadTooLargeException;
import org.conflictgraph.problem.UnsupportedMediaTypeException;

/**
 * Intake's public entry point: raw bytes of a text dump, HTML page or JSON article to one {@link ParsedArticle}
 * (clean text joined by blank lines, paragraph offsets, metadata, dedup keys). Pure Java: the dev-corpus runner
 * and tests use it without Spring. Bad input is an {@link org.conflictgraph.problem.ApiException} saying what
 * to fix.
 */
public final class ArticleParser {

    private static final String PARAGRAPH_BREAK = "\n\n";

    private final IntakeProperties limits;
    private final JsonArticleParser json;

    public ArticleParser() {
        this(IntakeProperties.DEFAULTS);
    }

    public ArticleParser(IntakeProperties limits) {
        this.limits = limits;
        this.json = new JsonArticleParser(limits.maxJsonDepth(), limits.maxBodySize().toBytes());
    }

    /**
     * @param body        the raw request bytes
     * @param contentType {@code text/plain}, {@code text/html} or {@code application/json}, with an optional charset
     * @param filename    the file name the article came from (becomes {@code article.file}), or null
     * @param line        the line of a JSONL file (1-based; {@code article.file} becomes {@code <file>#<line>}), or null
     */
    public ParsedArticle parse(byte[] body, String contentType, String filename, Integer line) {
        Format format = Format.of(contentType);
        if (body == null || body.length == 0) {
            throw emptyBody();
        }
        long limit = format == Format.HTML ? limits.maxHtmlSize().toBytes() : limits.maxBodySize().toBytes();
        if (body.length > limit) {
            throw format == Format.HTML ? htmlTooLarge(limit) : BodyDecoder.tooLarge(limit);
        }
        String text = BodyDecoder.decode(body, charsetOf(contentType));
        if (text.replace('\u00a0', ' ').isBlank()) {
            throw emptyBody();
        }
        ParsedParts parts = switch (format) {
            case TEXT -> new PlainTextArticleParser().parse(text);
            case HTML -> new HtmlArticleParser().parse(text);
            case JSON -> json.parse(text);
        };
        if (parts.paragraphs().isEmpty()) {
            throw new BadInputException("no-article-text", "No article text",
                    "Nothing of the body is left after removing markup, scripts and page furniture. Send the "
                            + "article's text (the story itself), not only its headline or a page shell.");
        }
        StringBuilder clean = new StringBuilder();
        List<int[]> paragraphs = new ArrayList<>();
        for (String p : parts.paragraphs()) {
            if (!clean.isEmpty()) {
                clean.append(PARAGRAPH_BREAK);
            }
            paragraphs.add(new int[] {clean.length(), clean.length() + p.length()});
            clean.append(p);
        }
        String file = filename == null || filename.isBlank() ? null
                : line == null ? filename : filename + "#" + line;
        String title = parts.title();
        ArticleMeta meta = new ArticleMeta(file, title, parts.outlet(), parts.author(), parts.published(),
                parts.url(), title != null && title.contains("?"));
        String formatName = format == Format.JSON && line != null ? "JSONL" : format.name();
        return new ParsedArticle(new ArticleText(clean.toString(), List.copyOf(paragraphs), meta), formatName,
                ContentFingerprint.of(clean.toString()));
    }

    static PayloadTooLargeException htmlTooLarge(long limit) {
        return new PayloadTooLargeException("html-too-large", "HTML page too large",
                "The page exceeds " + limit + " bytes (conflict-graph.intake.max-html-size). Send the article "
                        + "part only, or its text.");
    }

    private static BadInputException emptyBody() {
        return new BadInputException("empty-body", "Empty article",
                "The request body is empty or only whitespace. Send the article's text, HTML or JSON.");
    }

    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring("charset=".length()).strip();
            }
        }
        return null;
    }

    enum Format {
        TEXT, HTML, JSON;

        static Format of(String contentType) {
            String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            return switch (type) {
                case "text/plain", "text/markdown" -> TEXT;
                case "text/html", "application/xhtml+xml" -> HTML;
                case "application/json" -> JSON;
                default -> throw new UnsupportedMediaTypeException("unsupported-media-type",
                        "Unsupported content type",
                        "Content-Type '" + (contentType == null ? "(none)" : contentType) + "' is not an article "
                                + "format. Use text/plain, text/html or application/json "
                                + "({title, body, published, outlet, author, url}).");
            };
        }
    }
}
