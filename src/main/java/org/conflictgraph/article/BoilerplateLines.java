package org.conflictgraph.article;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that page dumps and feeds carry around a story but that are not its text: advertising slugs, share bars,
 * breadcrumbs, photo captions, "RELATED:" links, reading-time badges, copyright lines and the wire trailers
 * ("(Reporting by ...)", "Additional reporting by ...; Editing by ..."). General rules, no outlet's layout.
 */
final class BoilerplateLines {

    private static final Pattern AD = Pattern.compile(
            "(?i)^(advertisement|advert|sponsored( content)?|ad|story continues (below|after)( this)?( advertisement| ad)?"
                    + "|continue reading( (below|the main story))?|skip (this )?(ad|advert(isement)?)|article continues below"
                    + "|scroll to continue( with content)?)\\W*$");
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)^(related( stories| articles| coverage| content)?|read more|read also|also read|see also|more on this story"
                    + "|watch|listen|video|photo|photos|image|images|picture|file photo|graphic|caption|pictured"
                    + "|sign up|subscribe|newsletter|follow us)\\s*[:>\\-–—|]");
    private static final Pattern READ_TIME = Pattern.compile("(?i)^\\d+\\s*(min(ute)?s?)\\.?\\s*(read|listen)$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^(copyright|©|\\(c\\))\\s*(©\\s*)?(\\d{4}\\s*)?(?<owner>.*?)[.,]?\\s*(all rights reserved\\.?)?$");
    private static final Pattern REPORTING = Pattern.compile(
            "(?i)^\\(?\\s*(additional )?(reporting|writing|editing|compiled|produced|contributed|research) by\\b.*");
    private static final Pattern REPORTING_AUTHOR = Pattern.compile(
            "(?i)^\\(?\\s*reporting by\\s+(?<name>[^;)]+?)(?:\\s+in\\s+\\p{Lu}[\\p{L} .'-]*)?\\s*(?:[;)]|$)");
    private static final Pattern BREADCRUMB = Pattern.compile("^[^.!?]{1,80}(\\s[>»›/]\\s+[^.!?]{1,40})+$");
    private static final Set<String> SHARE_WORDS = Set.of("share", "this", "article", "story", "on", "facebook",
            "twitter", "x", "email", "e-mail", "mail", "print", "whatsapp", "linkedin", "reddit", "pinterest",
            "telegram", "messenger", "copy", "link", "tweet", "comments", "comment", "sms", "flipboard", "save",
            "gift", "bluesky", "threads");

    private BoilerplateLines() {
    }

    /** True when the (stripped) line is debris rather than article text. */
    static boolean isDebris(String line) {
        String s = clean(line);
        if (s.isEmpty()) {
            return true;
        }
        return AD.matcher(s).matches() || LABELLED.matcher(s).find() || READ_TIME.matcher(s).matches()
                || isCopyright(s) || REPORTING.matcher(s).matches() || isShareBar(s) || isBreadcrumb(s);
    }

    /** "(Reporting by Rania Khoury)": the reporter, the author of wire copy without a byline. */
    static Optional<String> reportingAuthor(String line) {
        Matcher m = REPORTING_AUTHOR.matcher(clean(line));
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group("name").strip();
        return name.isEmpty() || name.split("\\s+").length > 8 ? Optional.empty() : Optional.of(name);
    }

    /** "Copyright 2021 Northfield Tribune. All rights reserved.": the owner, a last resort for the outlet. */
    static Optional<String> copyrightOwner(String line) {
        String s = clean(line);
        if (!isCopyright(s)) {
            return Optional.empty();
        }
        Matcher m = COPYRIGHT.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String owner = m.group("owner").replaceAll("(?i)[,.]?\\s*(ltd|limited|inc|llc|plc|gmbh|s\\.a)\\.?$", "").strip();
        return owner.isEmpty() || owner.length() > 60 ? Optional.empty() : Optional.of(owner);
    }

    static boolean isShareBar(String s) {
        String[] words = s.toLowerCase(Locale.ROOT).split("[\\s|·•/,:]+");
        int n = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!SHARE_WORDS.contains(w)) {
                return false;
            }
            n++;
        }
        return n > 0 && (s.toLowerCase(Locale.ROOT).startsWith("share") || n >= 2);
    }

    static boolean isBreadcrumb(String s) {
        if (!BREADCRUMB.matcher(s).matches() || s.length() > 100) {
            return false;
        }
        // every crumb is a short label: no sentence hides in a breadcrumb
        for (String crumb : s.split("\\s[>»›/]\\s+")) {
            if (crumb.strip().split("\\s+").length > 4) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCopyright(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return (lower.startsWith("copyright") || lower.startsWith("©") || lower.startsWith("(c) "))
                && s.length() < 160 || lower.endsWith("all rights reserved.") && s.length() < 160;
    }

    static String clean(String line) {
        return line.replace('\u00a0', ' ').replace('\u200b', ' ').replace('\ufeff', ' ').strip();
    }
}
