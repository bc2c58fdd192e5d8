package org.conflictgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.PayloadTooLargeException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON articles {@code {title, body, published, outlet, author, url}}: only {@code body} is required. Nesting
 * depth and size are bounded while parsing (Jackson's stream constraints), so a hostile document costs nothing.
 * The body is plain text with blank-line paragraphs, or an HTML fragment.
 */
final class JsonArticleParser {

    private static final Pattern HTML_FRAGMENT = Pattern.compile("(?is).*<(p|br|div|h[2-6]|li)(\\s[^>]*)?/?>.*");

    private final JsonMapper json;
    private final int maxDepth;
    private final long maxBytes;

    JsonArticleParser(int maxDepth, long maxBytes) {
        this.maxDepth = maxDepth;
        this.maxBytes = maxBytes;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth)
                .maxDocumentLength(maxBytes)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
                .build();
        this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
                .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    ParsedParts parse(String text) {
        JsonNode node = read(text);
        if (!node.isObject()) {
            throw new BadInputException("json-not-an-object", "JSON article must be an object",
                    "Send one JSON object {title, body, published, outlet, author, url}; for many articles use "
                            + "POST /api/articles/bulk.");
        }
        JsonNode body = node.get("body");
        if (body == null || !body.isString()) {
            throw new BadInputException("json-missing-body", "JSON article without body",
                    "The JSON object has no string field 'body'. Put the article text in 'body' "
                            + "({title, body, published, outlet, author, url}).");
        }
        String title = string(node, "title", "headline");
        String author = string(node, "author", "byline", "authors", "creator");
        String published = string(node, "published", "publishedAt", "published_at", "datePublished", "date",
                "pubDate", "pub_date", "created_at");
        List<String> paragraphs = bodyParagraphs(body.asString(), title);
        String reporter = null;
        for (String line : PlainTextArticleParser.lines(body.asString())) {
            if (reporter == null) {
                reporter = BoilerplateLines.reportingAuthor(line).orElse(null);
            }
        }
        return new ParsedParts(title, string(node, "outlet", "source", "publisher", "site", "site_name"),
                author != null ? BylineParser.cleanAuthor(author.replaceFirst("(?i)^by\\s+", "")) : reporter,
                published == null ? null : PublishedDateParser.parse(published).orElse(null),
                string(node, "url", "link", "canonical_url"), paragraphs);
    }

    static List<String> bodyParagraphs(String body, String title) {
        if (HTML_FRAGMENT.matcher(body).matches()) {
            return new HtmlArticleParser().fragment(body, title);
        }
        List<String> out = new ArrayList<>();
        for (String p : PlainTextArticleParser.paragraphs(PlainTextArticleParser.lines(body))) {
            if (!BoilerplateLines.isDebris(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (StreamConstraintsException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("nesting depth") || message.contains("Depth")) {
                throw new BadInputException("json-too-deep", "JSON nested too deeply",
                        "The JSON document is nested deeper than " + maxDepth
                                + " levels (conflict-graph.intake.max-json-depth). An article is a flat object.", e);
            }
            throw new PayloadTooLargeException("json-too-large", "JSON document too large",
                    "The JSON document or one of its strings exceeds " + maxBytes
                            + " bytes (conflict-graph.intake.max-body-size).", e);
        } catch (JacksonException e) {
            if (String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT).contains("trailing")) {
                throw new BadInputException("json-trailing-content", "More than one JSON value",
                        "The body holds more than one JSON value, like a JSONL file. Post each line on its own with "
                                + "?filename=...&line=N, or send the file to POST /api/articles/bulk.", e);
            }
            throw new BadInputException("malformed-json", "Malformed JSON",
                    "The body is not valid JSON: " + e.getOriginalMessage() + ". Send one JSON object "
                            + "{title, body, published, outlet, author, url}.", e);
        }
    }

    /** The first of the named fields holding text; an array of names ("authors") is joined with "and". */
    private static String string(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                continue;
            }
            String s = null;
            if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                v.forEach(e -> {
                    String part = e.isObject() ? e.path("name").asString("") : e.isValueNode() ? e.asString() : "";
                    if (!part.isBlank()) {
                        parts.add(part.strip());
                    }
                });
                s = String.join(" and ", parts);
            } else if (v.isObject()) {
                s = v.path("name").asString("");
            } else if (v.isValueNode()) {
                s = v.asString();
            }
            if (s != null && !s.isBlank()) {
                return s.strip();
            }
        }
        return null;
    }
}
