package org.conflictgraph.extraction.internal.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;

/**
 * The date of an event mention as ISO (YYYY, YYYY-MM or YYYY-MM-DD): SUTime's TIMEX value of a date
 * expression near the trigger, made absolute against the publication date ("on Saturday" is the last Saturday
 * up to publication, "this week" the publication month, "last autumn" its year).
 */
final class DateResolver {

    private static final Pattern FULL = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern NO_YEAR_DAY = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern NO_YEAR_MONTH = Pattern.compile("^XXXX-(\\d{2})$");
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private final LocalDate published;

    DateResolver(String published) {
        this.published = parse(published);
    }

    static LocalDate parse(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A mention's date, and whether it came only from a clause above the trigger ("said on Friday that..."). */
    record Resolved(String date, boolean fromAbove) {
    }

    /** Date of the mention: a date expression in the trigger's subtree, else the one nearest the trigger. */
    String resolve(ParsedSentence s, int trigger) {
        return resolveWithOrigin(s, trigger).date();
    }

    /**
     * A date expression in the trigger's own subtree; else one modifying the clauses above it ("Reports emerged
     * this week that ... was killed"), which may be the date of the telling rather than of the event.
     */
    Resolved resolveWithOrigin(ParsedSentence s, int trigger) {
        IndexedWord t = s.node(trigger).orElse(null);
        List<Integer> own = t == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(s.subtree(t, 200));
        List<Integer> above = new java.util.ArrayList<>();
        IndexedWord cur = t;
        for (int i = 0; i < 3 && cur != null; i++) {
            var up = s.parentEdge(cur);
            if (up == null || up.getRelation().toString().startsWith("conj")) {
                break;
            }
            cur = up.getGovernor();
            // a date on a reporting verb ("said on Friday") may be the telling's; one on any other verb above
            // ("an explosion tore through ... on Tuesday") is the event's own
            boolean reporting = cur.tag() != null && cur.tag().startsWith("VB") && cur.lemma() != null
                    && CueLexicon.shared().reportingStance(cur.lemma().toLowerCase()) != null;
            for (var e : s.outgoing(cur)) {
                String r = e.getRelation().toString();
                // a noun's modifiers above the trigger describe a party ("members of a group founded in 2016"),
                // unless the modifier is the date itself
                if (r.startsWith("nmod") && !r.contains("tmod") && !"DATE".equals(e.getDependent().ner())) {
                    continue;
                }
                if (r.contains("tmod") || r.startsWith("obl") || r.startsWith("nmod") || r.startsWith("advmod")) {
                    (reporting ? above : own).addAll(s.subtree(e.getDependent(), 20));
                }
            }
        }
        String date = nearestDate(s, trigger, own);
        if (date != null) {
            return new Resolved(date, false);
        }
        date = nearestDate(s, trigger, above);
        return new Resolved(date, date != null);
    }

    private String nearestDate(ParsedSentence s, int trigger, List<Integer> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < s.tokens.size(); i++) {
            CoreLabel tok = s.tokens.get(i);
            if (!"DATE".equals(tok.ner()) || !allowed.contains(i)) {
                continue;
            }
            String iso = normalize(tok.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), tok.word());
            if (iso == null) {
                continue;
            }
            int distance = Math.abs(i - trigger);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = iso;
            }
        }
        return best;
    }

    String normalize(String value, String word) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.startsWith("(")) {
            // a range "(2015-12-05,2015-12-11,P1W)": take its start
            v = v.substring(1).split(",")[0];
        }
        String lower = word == null ? "" : word.toLowerCase(Locale.ROOT);
        if (published != null && WEEKDAYS.contains(lower)) {
            // news tells past weekdays: "on Saturday" is the last Saturday up to the publication day
            return published.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                    DayOfWeek.valueOf(lower.toUpperCase(Locale.ROOT)))).toString();
        }
        Matcher m = FULL.matcher(v);
        if (m.find()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (published != null && d.isAfter(published) && WEEKDAYS.contains(word.toLowerCase(Locale.ROOT))) {
                d = d.minusWeeks(1);
            }
            return d.toString();
        }
        m = MONTH.matcher(v);
        if (m.find()) {
            return v;
        }
        m = YEAR.matcher(v);
        if (m.find()) {
            return v;
        }
        m = WEEK.matcher(v);
        if (m.find()) {
            LocalDate thursday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.THURSDAY);
            return thursday.toString().substring(0, 7);
        }
        m = SEASON.matcher(v);
        if (m.find()) {
            return m.group(1);
        }
        if (published == null) {
            return null;
        }
        m = NO_YEAR_DAY.matcher(v);
        if (m.find()) {
            try {
                LocalDate d = LocalDate.of(published.getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return (d.isAfter(published) ? d.minusYears(1) : d).toString();
            } catch (RuntimeException e) {
                return null;
            }
        }
        m = NO_YEAR_MONTH.matcher(v);
        if (m.find()) {
            int month = Integer.parseInt(m.group(1));
            int year = month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
            return String.format("%d-%02d", year, month);
        }
        return null;
    }
}
