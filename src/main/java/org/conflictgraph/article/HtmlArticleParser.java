package org.conflictgraph.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Web pages. Metadata from Open Graph / article meta tags, JSON-LD and the byline; the story from the element
 * marked as the article body, else the richest {@code <article>}, else the block with the most paragraph text
 * (content density). Navigation, cookie banners, scripts, ads, related and most-read lists, captions, kickers,
 * tags, share bars and "Read more" links are dropped; entities are decoded by jsoup. Live-blog update blocks are
 * kept, and a time stamp that prints no date gets the date of its {@code datetime} attribute, so that day names
 * in the block can be resolved.
 */
final class HtmlArticleParser {

    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "dd", "dt", "figure", "table", "ul", "ol", "div", "section", "article", "main", "header", "footer",
            "aside", "nav");
    private static final Set<String> LEAVES = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "dd", "dt");
    private static final String STRIP_TAGS = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "input, select, textarea, nav, footer, aside, figure, figcaption, picture, img, video, audio, object, "
            + "embed, link, meta, [hidden], [aria-hidden=true], [role=navigation], [role=complementary], "
            + "[role=banner], [role=contentinfo], [role=dialog]";
    /** class/id words of page furniture. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)(^|[-_\\s])(cookies?|consent|gdpr|banner|ads?|advert|"
            + "advertisement|adslot|promo|sponsored|sponsor|share|sharing|social|related|onward|most-read|mostread|"
            + "most-viewed|mostviewed|most-popular|popular|trending|recommended|recommendations|newsletter|subscribe|"
            + "signup|tags|tag-list|article-tags|kicker|eyebrow|breadcrumbs?|byline|bylines|author|authors|caption|"
            + "credit|credits|live-badge|badge|series|comments?|footer|nav|navigation|menu|sidebar|key-points|"
            + "keypoints|key-events|standfirst|dek|subtitle|subheadline|summary|toolbar|masthead|outbrain|taboola|"
            + "paywall|modal|popup|print-only|sr-only|visually-hidden)($|[-_\\s])");
    private static final Pattern READ_MORE = Pattern.compile(
            "(?i)^\\s*(read more|read also|also read|see also|related|more on this|watch|listen)\\b.*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    ParsedParts parse(String html) {
        Document doc = Jsoup.parse(html);
        Map<String, String> ld = jsonLd(doc);
        String outlet = firstNonBlank(meta(doc, "og:site_name"), ld.get("publisher"), meta(doc, "application-name"),
                titleSuffix(doc), footerCopyright(doc));
        String title = withoutSiteSuffix(firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), h1(doc),
                ld.get("headline"), titleWithoutSite(doc)), outlet);
        String author = firstNonBlank(nonUrl(meta(doc, "author")), nonUrl(meta(doc, "article:author")),
                nonUrl(meta(doc, "byl")), nonUrl(meta(doc, "parsely-author")), nonUrl(meta(doc, "sailthru.author")),
                nonUrl(meta(doc, "dc.creator")), ld.get("author"), bylineAuthor(doc));
        if (author != null) {
            author = BylineParser.cleanAuthor(author.replaceFirst("(?i)^by\\s+", ""));
        }
        String published = firstNonBlank(
                iso(meta(doc, "article:published_time")), iso(meta(doc, "og:published_time")),
                iso(meta(doc, "datePublished")), iso(meta(doc, "pubdate")), iso(meta(doc, "publishdate")),
                iso(meta(doc, "date")), iso(meta(doc, "dc.date")), iso(meta(doc, "dc.date.issued")),
                iso(meta(doc, "dcterms.created")), iso(meta(doc, "parsely-pub-date")),
                iso(meta(doc, "sailthru.date")), iso(attr(doc.selectFirst("[itemprop=datePublished][datetime]"), "datetime")),
                iso(ld.get("datePublished")), iso(firstTime(doc)));
        String url = firstNonBlank(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));

        Element root = storyRoot(doc);
        List<String> paragraphs = root == null ? List.of() : paragraphs(root, title);
        return new ParsedParts(title, outlet, author, published, url, paragraphs);
    }

    /** Paragraphs of an HTML fragment (a JSON body holding markup). */
    List<String> fragment(String html, String title) {
        return paragraphs(Jsoup.parseBodyFragment(html).body(), title);
    }

    // ---- the story

    private static Element storyRoot(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        body.select("script, style, noscript, template").remove();
        Element best = null;
        for (Element candidate : doc.select("[itemprop=articleBody], [itemprop=articlebody]")) {
            if (best == null || textOfParagraphs(candidate) > textOfParagraphs(best)) {
                best = candidate;
            }
        }
        if (best != null && textOfParagraphs(best) > 0) {
            return best;
        }
        for (Element candidate : doc.select("article")) {
            if (best == null || textOfParagraphs(candidate) > textOfParagraphs(best)) {
                best = candidate;
            }
        }
        Element dense = densest(body);
        if (best == null || dense != null && textOfParagraphs(best) < 200 && textOfParagraphs(dense) > 2 * textOfParagraphs(best)) {
            best = dense;
        }
        return best != null ? best : body;
    }

    /** The element whose own paragraphs hold the most text: readability's content-density rule. */
    private static Element densest(Element body) {
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : body.select("p, pre, blockquote")) {
            if (inFurniture(p)) {
                continue;
            }
            int len = p.text().strip().length();
            if (len < 25) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, len, Integer::sum);
                if (parent.parent() != null) {
                    score.merge(parent.parent(), len / 2, Integer::sum);
                }
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean inFurniture(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (isFurniture(x) || Set.of("nav", "footer", "aside", "header", "form", "figure").contains(x.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static int textOfParagraphs(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().strip().length();
        }
        return n;
    }

    private static boolean isFurniture(Element e) {
        String tag = e.tagName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("main")) {
            return false;
        }
        String names = e.className() + " " + e.id();
        return !names.isBlank() && FURNITURE.matcher(names).find();
    }

    private List<String> paragraphs(Element root, String title) {
        Element story = root.clone();
        story.select(STRIP_TAGS).remove();
        story.select("h1").remove();
        for (Element e : new ArrayList<>(story.getAllElements())) {
            if (e != story && e.parent() != null && isFurniture(e)) {
                e.remove();
            }
        }
        for (Element a : story.select("a")) {
            if (READ_MORE.matcher(a.text()).matches()) {
                a.remove();
            }
        }
        datedTimeStamps(story);
        List<String> out = new ArrayList<>();
        collect(story, out);
        List<String> kept = new ArrayList<>();
        for (String p : out) {
            String s = p.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            if (s.isEmpty() || BoilerplateLines.isDebris(s) || title != null && TitleDeduplicator.same(title, s)) {
                continue;
            }
            kept.add(s);
        }
        return kept;
    }

    /** A live-blog stamp printing only a time ("12.10 EEST") gets the day from its datetime attribute. */
    private static void datedTimeStamps(Element story) {
        for (Element time : story.select("time[datetime]")) {
            String text = time.text();
            if (text.matches(".*\\b(1[89]|20)\\d{2}\\b.*")) {
                continue;
            }
            Optional<String> iso = PublishedDateParser.parse(time.attr("datetime"));
            if (iso.isEmpty()) {
                continue;
            }
            LocalDate day = LocalDate.parse(iso.get().substring(0, 10));
            time.appendText(" (" + day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + ")");
        }
    }

    /** Leaf blocks in document order; loose text inside containers becomes its own paragraph. */
    private static void collect(Element e, List<String> out) {
        if (LEAVES.contains(e.tagName()) && e.select(String.join(",", LEAVES)).size() == 1) {
            out.add(e.text());
            return;
        }
        StringBuilder loose = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof Element el && (BLOCKS.contains(el.tagName()) || !el.select(String.join(",", LEAVES)).isEmpty())) {
                flush(loose, out);
                collect(el, out);
            } else if (child instanceof Element el && el.tagName().equals("br")) {
                loose.append('\n');
            } else if (child instanceof Element el) {
                loose.append(el.text());
            } else if (child instanceof TextNode t) {
                loose.append(t.text());
            }
        }
        flush(loose, out);
    }

    private static void flush(StringBuilder loose, List<String> out) {
        for (String part : loose.toString().split("\n")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        loose.setLength(0);
    }

    // ---- metadata

    private static String meta(Document doc, String key) {
        for (String attr : List.of("property", "name", "itemprop")) {
            Element m = doc.selectFirst("meta[" + attr + "=" + key + "]");
            if (m != null && !m.attr("content").isBlank()) {
                return m.attr("content").strip();
            }
        }
        return null;
    }

    private static String h1(Document doc) {
        Element h1 = doc.selectFirst("article h1, h1");
        return h1 == null ? null : h1.text();
    }

    /** The {@code <title>} without its site suffix ("Story | Site", "Story - Site"). */
    private static String titleWithoutSite(Document doc) {
        String t = doc.title().strip();
        if (t.isBlank()) {
            return null;
        }
        for (String separator : List.of(" | ", " – ", " — ", " - ", " :: ")) {
            int at = t.lastIndexOf(separator);
            if (at > 0) {
                return t.substring(0, at).strip();
            }
        }
        return t;
    }

    /** "Story | Site" in og:title: the site's name is not part of the headline. */
    private static String withoutSiteSuffix(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        for (String separator : List.of(" | ", " – ", " — ", " - ", " :: ")) {
            if (title.endsWith(separator + outlet) && title.length() > separator.length() + outlet.length()) {
                return title.substring(0, title.length() - separator.length() - outlet.length()).strip();
            }
        }
        return title;
    }

    private static String titleSuffix(Document doc) {
        String t = doc.title();
        int bar = t.lastIndexOf(" | ");
        return bar < 0 ? null : t.substring(bar + 3).strip();
    }

    private static String footerCopyright(Document doc) {
        for (Element f : doc.select("footer")) {
            String text = f.text().replace('\u00a0', ' ');
            java.util.regex.Matcher m = Pattern.compile("(?i)(?:©|copyright)\\s*(?:\\d{4}\\s*)?([^.|©]{2,60})").matcher(text);
            if (m.find()) {
                return m.group(1).replaceAll("(?i)[,.]?\\s*(ltd|limited|inc|llc|plc)\\.?$", "")
                        .replaceAll("(?i)\\s*all rights reserved.*$", "").strip();
            }
        }
        return null;
    }

    private static String bylineAuthor(Document doc) {
        Element rel = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
        if (rel != null && !rel.text().isBlank()) {
            return rel.text();
        }
        for (Element by : doc.select("[class*=byline], [class*=author]")) {
            Optional<BylineParser.Byline> b = BylineParser.parse(by.text());
            if (b.isPresent()) {
                return b.get().author();
            }
        }
        return null;
    }

    private static String firstTime(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[datetime]");
        return t == null ? null : t.attr("datetime");
    }

    private static String iso(String raw) {
        return raw == null ? null : PublishedDateParser.parse(raw).orElse(null);
    }

    private static String nonUrl(String s) {
        return s == null || s.matches("(?i)^https?://.*") ? null : s;
    }

    private static String attr(Element e, String name) {
        return e == null || e.attr(name).isBlank() ? null : e.attr(name);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** headline, datePublished, author and publisher names from the page's JSON-LD news object, if any. */
    private static Map<String, String> jsonLd(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(script.data());
                List<JsonNode> objects = new ArrayList<>();
                flatten(node, objects);
                for (JsonNode o : objects) {
                    String type = o.path("@type").toString().toLowerCase(Locale.ROOT);
                    if (!type.contains("article") && !type.contains("posting") && !type.contains("report")) {
                        continue;
                    }
                    out.putIfAbsent("headline", text(o.get("headline")));
                    out.putIfAbsent("datePublished", text(o.get("datePublished")));
                    out.putIfAbsent("author", name(o.get("author")));
                    out.putIfAbsent("publisher", name(o.get("publisher")));
                }
            } catch (RuntimeException e) {
                // a broken JSON-LD block is common; the meta tags still count
            }
        }
        out.values().removeIf(v -> v == null || v.isBlank());
        return out;
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
        }
    }

    private static String name(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            node.forEach(n -> {
                String s = name(n);
                if (s != null) {
                    names.add(s);
                }
            });
            return names.isEmpty() ? null : String.join(" and ", names);
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asString();
    }
}
