package org.conflictgraph.article;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines ("By X", "By X | Outlet", "By X and agencies · 3 March 2014") and tells a person's name line
 * from an outlet's name line, by general cues: media words and a leading "The" make an outlet, two to four
 * capitalised words make a person.
 */
final class BylineParser {

    record Byline(String author, String outlet, String published) {
    }

    private static final Pattern BY = Pattern.compile("(?i)^by[:\\s]\\s*(?<rest>.+)$");
    private static final Pattern DATELINE_OUTLET = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*[\\p{L}\\d .'-]{1,30}){0,3}\\s*\\((?<outlet>[^()]{2,40})\\)\\s*[-–—:]");
    private static final Pattern CORRESPONDENT = Pattern.compile(
            "^(.+?)\\s+in\\s+\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+)?(?:\\s+and\\s+\\p{Lu}[\\p{L}'-]+)?$");
    private static final Set<String> MEDIA_WORDS = Set.of("times", "post", "news", "daily", "mail", "herald",
            "tribune", "journal", "gazette", "guardian", "telegraph", "press", "chronicle", "ledger", "monitor",
            "bulletin", "wire", "dispatch", "courier", "express", "observer", "review", "star", "sun", "agency",
            "media", "tv", "television", "radio", "network", "reuters", "bbc", "cnn", "afp", "ap", "associated",
            "independent", "standard", "mirror", "record", "weekly", "magazine", "report", "reporter",
            "nation", "insider", "examiner", "inquirer", "sentinel", "globe", "economist", "today", "online",
            "channel", "broadcasting", "corporation", "al-jazeera", "jazeera", "xinhua", "tass", "interfax", "post-gazette",
            "dawn", "pioneer", "hindu", "statesman", "voice", "world", "digest", "source", "newsroom");
    private static final Set<String> NAME_PARTICLES = Set.of("al", "al-", "el", "bin", "ibn", "abu", "de", "da", "del",
            "della", "van", "von", "der", "den", "du", "la", "le", "di", "dos", "das", "y", "ben", "bint", "ould", "ag");
    private static final Pattern ROLE_TAIL = Pattern.compile(
            "(?i)\\s*(,|\\band\\b)\\s*(agencies|agency|staff|staff writers?|wire services|"
                    + "(senior |chief |foreign |security |defence |defense |political |world |middle east |africa )?"
                    + "(correspondent|editor|reporter|writer|analyst))\\b.*$");

    private BylineParser() {
    }

    /** A "By ..." line; empty when the line is not a byline (or is a sentence starting with "By"). */
    static Optional<Byline> parse(String line) {
        String s = BoilerplateLines.clean(line);
        Matcher m = BY.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group("rest").strip();
        String author = null;
        String outlet = null;
        String published = null;
        String[] parts = rest.split("\\s+[|·•]\\s+|\\s+[–—-]\\s+");
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Optional<String> date = PublishedDateParser.parseDateLine(p);
            if (date.isPresent()) {
                published = published == null ? date.get() : published;
            } else if (author == null) {
                String[] forOutlet = p.split("\\s+(?i:for)\\s+", 2);
                String[] commaOutlet = p.split(",\\s*", 2);
                if (forOutlet.length == 2 && looksLikePersonName(forOutlet[0])) {
                    author = cleanAuthor(forOutlet[0]);
                    outlet = forOutlet[1].strip();
                } else if (commaOutlet.length == 2 && looksLikeOutlet(commaOutlet[1])) {
                    author = cleanAuthor(commaOutlet[0]);
                    outlet = commaOutlet[1].strip();
                } else {
                    String[] split = splitTrailingOutlet(cleanAuthor(p));
                    author = split[0];
                    outlet = split[1];
                }
            } else if (outlet == null && isShortNameLine(p) && Character.isUpperCase(p.codePointAt(0))
                    && !p.matches("(?i)^(updated|last|modified|published|posted|share|follow|photo|image)\\b.*")) {
                outlet = p;
            }
        }
        if (author == null || author.split("\\s+").length > 10 || !isNameList(author)) {
            return Optional.empty();
        }
        return Optional.of(new Byline(author, outlet, published));
    }

    /** "JANE DOE Associated Press" -> ["JANE DOE", "Associated Press"]; [s, null] when no outlet trails. */
    static String[] splitTrailingOutlet(String s) {
        String[] words = s.split("\\s+");
        for (int k = Math.min(3, words.length - 2); k >= 1; k--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length));
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - k));
            if (looksLikeOutlet(tail) && looksLikePersonName(head) && !looksLikeOutlet(head)) {
                return new String[] {head, tail};
            }
        }
        return new String[] {s, null};
    }

    /** "Jane Doe in Kabul": a correspondent's line, a byline without "By". */
    static Optional<Byline> correspondentLine(String line) {
        Matcher m = CORRESPONDENT.matcher(BoilerplateLines.clean(line));
        if (m.matches() && (looksLikePersonName(m.group(1)) || isNameList(m.group(1)))) {
            return Optional.of(new Byline(m.group(1).strip(), null, null));
        }
        return Optional.empty();
    }

    /**
     * A header line naming the author without "By": "Imogen Calderwood", "Jane Doe for The Courier",
     * "Jane Doe | The Courier"; empty when the line is no person's name.
     */
    static Optional<Byline> nameLine(String line) {
        String s = BoilerplateLines.clean(line);
        String[] parts = s.split("\\s+[|·•]\\s+|\\s+(?i:for)\\s+", 2);
        if (parts.length == 2 && looksLikePersonName(parts[0]) && !parts[1].isBlank() && parts[1].length() <= 60) {
            return Optional.of(new Byline(parts[0].strip(), parts[1].strip(), null));
        }
        if (looksLikePersonName(s) || s.contains(" and ") && s.split("\\s+").length <= 9 && isShortNameLine(s)
                && isNameList(s)) {
            return Optional.of(new Byline(s, null, null));
        }
        return correspondentLine(s);
    }

    /** "Jane Doe", "J. Doe and Ali Hassan", "Ana de la Cruz, Tom Li": capitalised names joined by commas or "and". */
    static boolean isNameList(String s) {
        String[] tokens = s.replace(",", " ").strip().split("\\s+");
        if (tokens.length == 0 || !Character.isUpperCase(tokens[0].codePointAt(0))) {
            return false;
        }
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.equals("and") || lower.equals("&") || NAME_PARTICLES.contains(lower)
                    || lower.startsWith("al-") || lower.startsWith("el-")) {
                continue;
            }
            if (!Character.isUpperCase(token.codePointAt(0)) || token.matches(".*\\d.*")
                    || token.endsWith(".") && token.length() > 3 && !token.matches("(\\p{Lu}\\.)+")) {
                return false;
            }
        }
        return true;
    }

    /** Drops role tails: "X and agencies", "X, Security Correspondent", "X in Beirut". */
    static String cleanAuthor(String raw) {
        String s = ROLE_TAIL.matcher(raw.strip()).replaceAll("");
        s = s.replaceAll("\\s+in\\s+\\p{Lu}[\\p{L}-]+(\\s\\p{Lu}[\\p{L}-]+)?$", "");
        return s.replaceAll("[,;:]+$", "").strip();
    }

    /** "BEIRUT (Meridian) -": the agency in a wire dateline. */
    static Optional<String> datelineOutlet(String paragraph) {
        Matcher m = DATELINE_OUTLET.matcher(BoilerplateLines.clean(paragraph));
        if (!m.find()) {
            return Optional.empty();
        }
        String outlet = m.group("outlet").strip();
        return outlet.matches(".*\\d.*") ? Optional.empty() : Optional.of(outlet);
    }

    /** A short line naming a publication. */
    static boolean looksLikeOutlet(String line) {
        String s = BoilerplateLines.clean(line);
        if (!isShortNameLine(s)) {
            return false;
        }
        if (s.matches("(?i)^the\\s.*") || s.matches("(?i).*\\.(com|org|net|co\\.uk|news|info)$")) {
            return true;
        }
        for (String w : s.toLowerCase(Locale.ROOT).split("[\\s]+")) {
            if (MEDIA_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Two to five capitalised words (name particles allowed), no digits: a person's name on its own line. */
    static boolean looksLikePersonName(String line) {
        String s = BoilerplateLines.clean(line);
        if (!isShortNameLine(s) || looksLikeOutlet(s)) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (NAME_PARTICLES.contains(lower) || lower.startsWith("al-") || lower.startsWith("el-")) {
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isShortNameLine(String s) {
        return !s.isEmpty() && s.length() <= 60 && s.split("\\s+").length <= 6 && !s.matches(".*\\d.*")
                && !s.matches(".*[.!?:;,]$");
    }
}
