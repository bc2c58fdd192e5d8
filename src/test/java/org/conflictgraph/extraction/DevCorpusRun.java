package org.conflictgraph.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.conflictgraph.extraction.ArticleExtraction.ArticleMeta;
import org.conflictgraph.extraction.internal.CoreNlpArticleExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Developer loop, not a test: runs every dev-corpus article through {@link CoreNlpArticleExtractor} and writes each
 * extraction as FORMAT.md JSON under the gold file's name, ready for {@code shared/eval/score --pred}.
 * Article parsing here is deliberately crude (intake owns the real parser).
 * <p>
 * Usage: {@code DevCorpusRun [articlesDir] [predDir] [fileGlob]}; defaults /work/shared/corpus/articles and
 * /tmp/conflict-graph-pred.
 */
public final class DevCorpusRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DevCorpusRun() {
    }

    public static void main(String[] args) throws IOException {
        Path articles = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/articles");
        Path pred = Path.of(args.length > 1 ? args[1] : "/tmp/conflict-graph-pred");
        String glob = args.length > 2 ? args[2] : "*";
        Files.createDirectories(pred);
        CoreNlpArticleExtractor extractor = new CoreNlpArticleExtractor(Duration.ofMinutes(5), 1);
        List<Path> files;
        try (Stream<Path> s = Files.list(articles)) {
            files = s.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .sorted().toList();
        }
        long loadStart = System.nanoTime();
        org.conflictgraph.extraction.internal.nlp.CoreNlp.pipeline();
        System.err.printf("CoreNLP loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
        for (Path file : files) {
            for (Input in : read(file)) {
                long t0 = System.nanoTime();
                ArticleExtraction x = extractor.extractNow(in.article());
                double secs = (System.nanoTime() - t0) / 1e9;
                Files.writeString(pred.resolve(in.goldName()),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(x), StandardCharsets.UTF_8);
                System.err.printf("%-50s %5.1f s  actors=%d factions=%d places=%d relations=%d events=%d%n",
                        in.goldName(), secs, x.actors().size(), x.factions().size(), x.places().size(),
                        x.relations().size(), x.events().size());
            }
        }
    }

    record Input(String goldName, ArticleText article) {
    }

    static List<Input> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        List<Input> out = new ArrayList<>();
        if (name.endsWith(".jsonl")) {
            int n = 0;
            for (String line : raw.split("\n", -1)) {
                n++;
                if (!line.isBlank()) {
                    out.add(new Input(name + "." + n + ".gold.json", fromJson(JSON.readTree(line), name + "#" + n)));
                }
            }
        } else if (name.endsWith(".json")) {
            out.add(new Input(name + ".gold.json", fromJson(JSON.readTree(raw), name)));
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            out.add(new Input(name + ".gold.json", fromHtml(raw, name)));
        } else {
            out.add(new Input(name + ".gold.json", fromText(raw, name)));
        }
        return out;
    }

    private static ArticleText fromJson(JsonNode node, String file) {
        String body = text(node, "body");
        ArticleMeta meta = new ArticleMeta(file, text(node, "title"), text(node, "outlet"), text(node, "author"),
                text(node, "published"), text(node, "url"), text(node, "title").strip().endsWith("?"));
        return article(body.replace("\r\n", "\n"), meta);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asString();
    }

    private static ArticleText fromHtml(String html, String file) {
        Document doc = Jsoup.parse(html);
        Element article = doc.selectFirst("article");
        Element root = article != null ? article : doc.body();
        Element h1 = root.selectFirst("h1");
        String title = h1 != null ? h1.text() : doc.title();
        StringBuilder body = new StringBuilder();
        for (Element p : root.select("p")) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                body.append(body.isEmpty() ? "" : "\n\n").append(t);
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        String published = time != null ? time.attr("datetime") : null;
        Element author = doc.selectFirst("meta[name=author]");
        Element site = doc.selectFirst("meta[property=og:site_name]");
        ArticleMeta meta = new ArticleMeta(file, title, site != null ? site.attr("content") : null,
                author != null ? author.attr("content") : null, published, null, title.strip().endsWith("?"));
        return article(body.toString(), meta);
    }

    private static final Pattern DATE = Pattern.compile("(\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\w* (\\d{4})"
            + "|(\\d{1,2})/(\\d{1,2})/(\\d{4})|(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) (\\d{1,2}), (\\d{4})");

    private static ArticleText fromText(String raw, String file) {
        String text = raw.replace("\r\n", "\n").replace('\u00a0', ' ');
        String title = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        String published = null;
        Matcher m = DATE.matcher(text.length() > 2000 ? text.substring(0, 2000) : text);
        if (m.find()) {
            published = isoDate(m);
        }
        ArticleMeta meta = new ArticleMeta(file, title, null, null, published, null, title.endsWith("?"));
        // blank-ish separator lines become paragraph breaks
        String body = text.replaceAll("(?m)^[ \\t]+$", "").replaceAll("\n{3,}", "\n\n");
        return article(body, meta);
    }

    private static String isoDate(Matcher m) {
        List<String> months = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        try {
            if (m.group(1) != null) {
                int mon = months.indexOf(m.group(2).toLowerCase().substring(0, 3)) + 1;
                return String.format("%s-%02d-%02d", m.group(3).substring(0, 4), mon, Integer.parseInt(m.group(1)));
            }
            if (m.group(4) != null) {
                int a = Integer.parseInt(m.group(4));
                int b = Integer.parseInt(m.group(5));
                // day/month unless the first number cannot be a day-of-month-first date (US style 03/26/2021)
                return b > 12 ? String.format("%s-%02d-%02d", m.group(6), a, b)
                        : String.format("%s-%02d-%02d", m.group(6), b, a);
            }
            int mon = months.indexOf(m.group(7).toLowerCase().substring(0, 3)) + 1;
            return String.format("%s-%02d-%02d", m.group(9), mon, Integer.parseInt(m.group(8)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ArticleText article(String body, ArticleMeta meta) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf("\n\n", start);
            if (end < 0) {
                end = body.length();
            }
            if (end > start) {
                paragraphs.add(new int[] {start, end});
            }
            start = end + 2;
        }
        return new ArticleText(body, paragraphs, meta);
    }
}
