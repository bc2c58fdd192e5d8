package org.conflictgraph.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.PayloadTooLargeException;
import org.conflictgraph.problem.UnsupportedMediaTypeException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a bulk request: NDJSON (one object per line) or a JSON array. Each object is either an article
 * {@code {title, body, published, outlet, author, url}} or a file {@code {filename, contentType, content}}
 * (content = the file's text; contentType defaults from the file name). Both may carry {@code filename} and
 * {@code line}. A request with any malformed object is refused whole (400), naming the object.
 */
final class BulkRequestReader {

    private final JsonMapper json;
    private final int maxDepth;

    BulkRequestReader(int maxDepth, long maxBytes) {
        this.maxDepth = maxDepth;
        this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth).maxDocumentLength(maxBytes)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes)).build()).build()).build();
    }

    List<BulkItem> read(byte[] body, String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        String text = BodyDecoder.decode(body, ArticleParser.charsetOf(contentType));
        List<JsonNode> objects = new ArrayList<>();
        switch (type) {
            case "application/x-ndjson", "application/jsonl", "application/jsonlines", "application/json-seq" -> {
                String[] lines = text.split("\r?\n");
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].isBlank()) {
                        objects.add(parse(lines[i], "line " + (i + 1)));
                    }
                }
            }
            case "application/json" -> {
                JsonNode array = parse(text, "the body");
                if (!array.isArray()) {
                    throw new BadInputException("bulk-not-an-array", "Bulk body must be an array",
                            "Send a JSON array of article objects, or NDJSON (application/x-ndjson), one per line.");
                }
                array.forEach(objects::add);
            }
            default -> throw new UnsupportedMediaTypeException("unsupported-media-type", "Unsupported content type",
                    "Bulk requests are application/x-ndjson (one JSON object per line) or application/json (an "
                            + "array); got '" + contentType + "'.");
        }
        if (objects.isEmpty()) {
            throw new BadInputException("empty-bulk", "Empty bulk request",
                    "The request holds no articles. Send at least one {title, body, ...} or "
                            + "{filename, contentType, content} object.");
        }
        List<BulkItem> items = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            items.add(item(objects.get(i), i));
        }
        return items;
    }

    private BulkItem item(JsonNode node, int index) {
        if (!node.isObject()) {
            throw invalid(index, "is not a JSON object");
        }
        String filename = text(node, "filename");
        Integer line = node.path("line").isIntegralNumber() ? node.path("line").asInt() : null;
        JsonNode content = node.get("content");
        if (content != null && !content.isNull()) {
            if (!content.isString()) {
                throw invalid(index, "has a 'content' that is not a string");
            }
            String type = text(node, "contentType");
            if (type == null) {
                type = typeOf(filename);
            }
            return new BulkItem(type, content.asString(), filename, line, filename != null ? filename : "#" + index);
        }
        JsonNode body = node.get("body");
        if (body == null || !body.isString()) {
            throw invalid(index, "has neither a string 'body' (an article) nor a string 'content' (a file)");
        }
        ObjectNode article = ((ObjectNode) node).deepCopy();
        article.remove(List.of("filename", "line", "contentType"));
        String title = text(node, "title");
        return new BulkItem("application/json", json.writeValueAsString(article), filename, line,
                filename != null ? filename : title != null ? title : "#" + index);
    }

    static String typeOf(String filename) {
        String f = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (f.endsWith(".html") || f.endsWith(".htm")) {
            return "text/html";
        }
        return f.endsWith(".json") || f.endsWith(".jsonl") ? "application/json" : "text/plain";
    }

    private JsonNode parse(String text, String where) {
        try {
            return json.readTree(text);
        } catch (StreamConstraintsException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("depth")) {
                throw new BadInputException("json-too-deep", "JSON nested too deeply",
                        "In " + where + ": nesting deeper than " + maxDepth + " levels "
                                + "(conflict-graph.intake.max-json-depth).", e);
            }
            throw new PayloadTooLargeException("json-too-large", "JSON document too large",
                    "In " + where + ": " + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw new BadInputException("malformed-json", "Malformed JSON",
                    "In " + where + ": " + e.getOriginalMessage() + ".", e);
        }
    }

    private static BadInputException invalid(int index, String what) {
        return new BadInputException("invalid-bulk-item", "Invalid bulk item",
                "Item " + index + " (from 0) " + what + ". Each item is {title, body, published, outlet, author, url} "
                        + "or {filename, contentType, content}.");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isString() || v.asString().isBlank() ? null : v.asString().strip();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
