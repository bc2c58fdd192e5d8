package org.conflictgraph.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.conflictgraph.problem.BadInputException;

/**
 * The filters of {@code GET /api/events} (and of filtered exports), validated. Every filter is optional; given ones
 * combine with AND. {@code source}, {@code stance} and {@code article} must hold for one same claim ("events that
 * source X denies in article Y"). {@code actor}/{@code faction} match any role: perpetrator, target, involved, or
 * blamed by a claim. {@code place} includes every place inside it ({@code IN*}). {@code from}/{@code to} are ISO
 * dates ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), inclusive, compared with the event's own precision:
 * an event dated {@code 2015-12} is inside {@code from=2015-12-05}.
 */
record EventFilter(String type, String status, String actor, String faction, String place, String from, String to,
                   String article, String source, String stance) {

    static final Set<String> TYPES = Set.of("ATTACK", "CLASH", "KILLING", "BOMBING", "VIOLENCE_AGAINST_CIVILIANS",
            "ARREST", "LEADERSHIP_CHANGE", "SPLIT", "ALLEGIANCE", "RECRUITMENT", "DEPLOYMENT", "TERRITORY_CHANGE",
            "PROPAGANDA", "NEGOTIATION", "OTHER");
    static final Set<String> STATUSES = Set.of("REPORTED", "UNCONFIRMED", "DISPUTED", "CORROBORATED", "CONFIRMED",
            "REFUTED");
    static final Set<String> STANCES = Set.of("ASSERTS", "HEDGES", "DENIES");

    static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null, null, null);

    EventFilter {
        type = oneOf("type", type, TYPES);
        status = oneOf("status", status, STATUSES);
        stance = oneOf("stance", stance, STANCES);
        actor = blankToNull(actor);
        faction = blankToNull(faction);
        place = blankToNull(place);
        article = blankToNull(article);
        source = blankToNull(source);
        from = isoDate("from", from);
        to = isoDate("to", to);
        if (from != null && to != null && from.compareTo(to) > 0 && !to.startsWith(from)) {
            throw new BadInputException("invalid-date-range", "Invalid date range",
                    "from (" + from + ") must not be after to (" + to + ").");
        }
    }

    /** The validated status (upper case) or null: for other endpoints that filter by status alone. */
    String withStatus(String value) {
        return new EventFilter(null, value, null, null, null, null, null, null, null, null).status();
    }

    /** Query parameters, every filter present (null when not given). */
    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("type", type);
        p.put("status", status);
        p.put("actor", actor);
        p.put("faction", faction);
        p.put("place", place);
        p.put("from", from);
        p.put("to", to);
        p.put("article", article);
        p.put("source", source);
        p.put("stance", stance);
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneOf(String name, String value, Set<String> allowed) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(java.util.Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw new BadInputException("unknown-filter-value", "Unknown filter value",
                    name + " must be one of " + new java.util.TreeSet<>(allowed) + ", was '" + v + "'.");
        }
        return upper;
    }

    private static String isoDate(String name, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            switch (v.length()) {
                case 4 -> YearMonth.parse(v + "-01");
                case 7 -> YearMonth.parse(v);
                case 10 -> LocalDate.parse(v);
                default -> throw new DateTimeParseException("length", v, 0);
            }
        } catch (DateTimeParseException e) {
            throw new BadInputException("invalid-date", "Invalid date",
                    name + " must be an ISO date YYYY, YYYY-MM or YYYY-MM-DD, was '" + v + "'.", e);
        }
        return v;
    }
}
