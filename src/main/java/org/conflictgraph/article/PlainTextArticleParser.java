package org.conflictgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain-text articles and page dumps. The header (repeated title lines, date line, byline, outlet line,
 * breadcrumbs and share debris) is recognised by general rules and taken out of the text; the body keeps its
 * paragraphs (lines; blank or U+00A0-only lines separate them) without debris lines and wire trailers.
 * Datelines ("BEIRUT (Meridian) -") stay in the text but name the outlet when nothing else does.
 */
final class PlainTextArticleParser {

    /** The header is in the first lines; anything later is body. */
    private static final int MAX_HEADER_LINES = 16;
    /** Body lines still searched for a byline or date line when the header ended early. */
    private static final int LATE_HEADER_LINES = 4;

    ParsedParts parse(String raw) {
        List<String> lines = lines(raw);
        TitleDeduplicator titles = new TitleDeduplicator();
        String author = null;
        String outlet = null;
        String published = null;
        int bodyStart = lines.size();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = BoilerplateLines.clean(lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > MAX_HEADER_LINES) {
                bodyStart = i;
                break;
            }
            Optional<String> date = PublishedDateParser.parseDateLine(line);
            Optional<BylineParser.Byline> byline = BylineParser.parse(line);
            Optional<BylineParser.Byline> nameLine = BylineParser.nameLine(line);
            if (date.isPresent()) {
                published = published == null ? date.get() : published;
            } else if (byline.isPresent()) {
                author = author == null ? byline.get().author() : author;
                outlet = outlet == null ? byline.get().outlet() : outlet;
                published = published == null ? byline.get().published() : published;
            } else if (BoilerplateLines.isDebris(line) || isLabel(line, titles)) {
                // breadcrumbs, share bars, reading time, captions, section labels
                continue;
            } else if (titles.title() == null && looksLikeTitle(line)) {
                titles.offer(line);
            } else if (titles.isRepeat(line)) {
                titles.offer(line);
            } else if (titles.title() != null && outlet == null && author == null && published == null
                    && BylineParser.looksLikeOutlet(titles.title()) && looksLikeTitle(line)
                    && line.split("\\s+").length > titles.title().split("\\s+").length) {
                // the first line was the publication's name, not the headline
                outlet = titles.title();
                titles = new TitleDeduplicator();
                titles.offer(line);
            } else if (titles.title() != null && BylineParser.looksLikeOutlet(line) && outlet == null) {
                outlet = line;
            } else if (titles.title() != null && nameLine.isPresent() && author == null) {
                author = nameLine.get().author();
                outlet = outlet == null ? nameLine.get().outlet() : outlet;
            } else {
                bodyStart = i;
                break;
            }
        }
        if (titles.title() == null) {
            // no header at all: every line is body
            bodyStart = 0;
        }
        // a standfirst between headline and byline ends the header early: bylines and date lines just after it
        // are header lines all the same
        List<String> rest = new ArrayList<>(lines.subList(bodyStart, lines.size()));
        int looked = 0;
        for (int i = 0; i < rest.size() && looked < LATE_HEADER_LINES; i++) {
            String line = BoilerplateLines.clean(rest.get(i));
            if (line.isEmpty()) {
                continue;
            }
            looked++;
            Optional<BylineParser.Byline> byline = BylineParser.parse(line)
                    .or(() -> BylineParser.nameLine(line).filter(b -> b.outlet() != null))
                    .or(() -> BylineParser.correspondentLine(line));
            Optional<String> date = PublishedDateParser.parseDateLine(line);
            if (byline.isPresent() && author == null) {
                author = byline.get().author();
                outlet = outlet == null ? byline.get().outlet() : outlet;
                published = published == null ? byline.get().published() : published;
                rest.set(i, "");
            } else if (date.isPresent() && published == null) {
                published = date.get();
                rest.set(i, "");
            }
        }
        List<String> paragraphs = new ArrayList<>();
        String reporter = null;
        String copyrightOwner = null;
        for (String paragraph : paragraphs(rest)) {
            if (BoilerplateLines.isDebris(paragraph)) {
                reporter = reporter == null ? BoilerplateLines.reportingAuthor(paragraph).orElse(null) : reporter;
                copyrightOwner = copyrightOwner == null
                        ? BoilerplateLines.copyrightOwner(paragraph).orElse(null) : copyrightOwner;
                continue;
            }
            paragraphs.add(paragraph);
        }
        if (author == null) {
            author = reporter;
        }
        if (outlet == null && !paragraphs.isEmpty()) {
            outlet = BylineParser.datelineOutlet(paragraphs.getFirst()).orElse(null);
        }
        if (outlet == null) {
            outlet = copyrightOwner;
        }
        return new ParsedParts(titles.title(), outlet, author, published, null, paragraphs);
    }

    /** A one- or two-word label line in the header ("Analysis", "World"), not the title. */
    private static boolean isLabel(String line, TitleDeduplicator titles) {
        return titles.title() != null && !titles.isRepeat(line) && line.split("\\s+").length <= 2
                && !BylineParser.looksLikePersonName(line) && !BylineParser.looksLikeOutlet(line)
                && line.length() < 30;
    }

    private static boolean looksLikeTitle(String line) {
        return line.length() <= 250 && line.split("\\s+").length >= 2
                && (!line.endsWith(".") || line.endsWith("..."))
                && PublishedDateParser.parseDateLine(line).isEmpty();
    }

    static List<String> lines(String raw) {
        return List.of(raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /**
     * Paragraphs of body lines: a blank line separates them; so does the end of a line that closes a sentence
     * or is long (dumps do not wrap lines, and a separator line is sometimes missing). Short lines that do not
     * close a sentence are hard-wrapped text and are joined.
     */
    static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String rawLine : lines) {
            String line = BoilerplateLines.clean(rawLine).replaceAll("[ \\t\\u00a0]+", " ");
            if (line.isEmpty()) {
                flush(current, out);
                continue;
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(line);
            if (closesParagraph(line)) {
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    private static boolean closesParagraph(String line) {
        return line.length() > 100 || line.matches(".*[.!?:;\"”’')\\]]$") || BoilerplateLines.isDebris(line);
    }

    private static void flush(StringBuilder current, List<String> out) {
        String p = current.toString().strip();
        if (!p.isEmpty()) {
            out.add(p);
        }
        current.setLength(0);
    }
}
