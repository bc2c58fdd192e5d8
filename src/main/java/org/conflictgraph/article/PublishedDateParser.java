package org.conflictgraph.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that feeds and page dumps print, glued and odd ones included
 * ({@code 05 Dec 201517:30 PM}, {@code Tue 17/10/201709h42 EAT}, {@code APRIL 9, 2018 / 2:38 PM},
 * {@code Last updated: 03/26/2021 2:14 p.m. ET}, RFC 822, ISO) and writes them as ISO 8601.
 * The source's own offset is kept (a zone abbreviation becomes its offset on that day); nothing is converted to
 * UTC, because the day must stay the day the outlet printed. Without a time the answer is a date only.
 */
public final class PublishedDateParser {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])");
    /** 5 December 2015, 05 Dec 201517:30 (year glued to the time). */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})");
    /** April 9, 2018 / Nov. 28, 2020. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)(?<![a-z])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    /** 17/10/2017, 03/26/2021, 17.10.2017, 2017/10/17. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d])(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d{3})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d])");
    private static final Pattern TIME = Pattern.compile(
            "(?i)(?<![\\d])(\\d{1,2})(?:[:h]|\\.(?=\\d{2}\\b))(\\d{2})(?::(\\d{2}))?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?"
                    + "(?:\\s*(?:\\(|,)?\\s*((?-i:[A-Z]{1,5})(?![A-Za-z])|(?:UTC|GMT)?\\s?[+-]\\d{1,2}(?::?\\d{2})?))?");
    private static final Pattern WEEKDAY_OR_FILLER = Pattern.compile(
            "(?i)\\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\\b\\.?|"
                    + "\\b(published|posted|updated|last|modified|on|at|date|first|time|am|pm|a\\.m\\.|p\\.m\\.|min|read|"
                    + "hours?|minutes?|days?|ago|edt|est|et|gmt|utc|bst|cet|cest|eat|eet|eest)\\b");

    /** Zone abbreviations: fixed offsets, or regions whose offset depends on the day (ET, CT, PT, MT). */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("Z", "Z"), Map.entry("UTC", "Z"), Map.entry("GMT", "Z"), Map.entry("UT", "Z"),
            Map.entry("WET", "Z"), Map.entry("WEST", "+01:00"), Map.entry("BST", "+01:00"),
            Map.entry("IST", "+05:30"), Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"),
            Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"), Map.entry("MSK", "+03:00"),
            Map.entry("EAT", "+03:00"), Map.entry("CAT", "+02:00"), Map.entry("WAT", "+01:00"),
            Map.entry("SAST", "+02:00"), Map.entry("AST", "+03:00"), Map.entry("GST", "+04:00"),
            Map.entry("IRST", "+03:30"), Map.entry("AFT", "+04:30"), Map.entry("PKT", "+05:00"),
            Map.entry("NPT", "+05:45"), Map.entry("ICT", "+07:00"), Map.entry("WIB", "+07:00"),
            Map.entry("SGT", "+08:00"), Map.entry("HKT", "+08:00"), Map.entry("PHT", "+08:00"),
            Map.entry("JST", "+09:00"), Map.entry("KST", "+09:00"), Map.entry("AEST", "+10:00"),
            Map.entry("AEDT", "+11:00"), Map.entry("NZST", "+12:00"), Map.entry("NZDT", "+13:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"),
            Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("AKST", "-09:00"),
            Map.entry("HST", "-10:00"),
            Map.entry("ET", "America/New_York"), Map.entry("CT", "America/Chicago"),
            Map.entry("MT", "America/Denver"), Map.entry("PT", "America/Los_Angeles"));
    /** Zones whose writers put the month first in numeric dates. */
    private static final java.util.Set<String> MONTH_FIRST_ZONES = java.util.Set.of("ET", "CT", "MT", "PT", "EST",
            "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "HST");

    private PublishedDateParser() {
    }

    /** The first date (with its time and zone, when given) found in {@code s}, as ISO 8601. */
    public static Optional<String> parse(String s) {
        return find(s).map(Found::iso);
    }

    /**
     * The date of a line that is only a date line: a date, perhaps a time and zone, and a few filler words
     * ("Last updated:", weekday names, "UPDATED 2 HOURS AGO"); empty for a sentence that merely contains a date.
     */
    public static Optional<String> parseDateLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 90) {
            return Optional.empty();
        }
        Optional<Found> found = find(s);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String rest = s.substring(0, found.get().start()) + " " + s.substring(found.get().end());
        rest = WEEKDAY_OR_FILLER.matcher(rest).replaceAll(" ").replaceAll("[\\p{Punct}\\d\\s|·•–—]+", " ").strip();
        long words = rest.isEmpty() ? 0 : rest.split("\\s+").length;
        return words <= 2 ? found.map(Found::iso) : Optional.empty();
    }

    record Found(String iso, int start, int end) {
    }

    static Optional<Found> find(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.replace('\u00a0', ' ').strip();
        Optional<Found> rfc = rfc1123(s);
        if (rfc.isPresent()) {
            return rfc;
        }
        Matcher iso = ISO.matcher(s);
        if (iso.find()) {
            Optional<Found> f = isoFound(iso);
            if (f.isPresent()) {
                return f;
            }
        }
        DateMatch best = null;
        for (DateMatch candidate : new DateMatch[] {dayMonthYear(s), monthDayYear(s), numeric(s), yearFirst(s)}) {
            if (candidate != null && (best == null || candidate.start < best.start)) {
                best = candidate;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Matcher t = TIME.matcher(s);
        t.region(best.end, s.length());
        if (t.find() && s.substring(best.end, t.start()).strip().replaceAll("[/|,·•\\-–—@]|\\bat\\b", "").isBlank()) {
            Optional<Found> withTime = withTime(best, t, best.start, t.end());
            if (withTime.isPresent()) {
                return withTime;
            }
        }
        // "12:30 GMT, 5 December 2015", "Updated 10:52 AM EDT, Thu October 19, 2023": the time before the date
        Matcher before = TIME.matcher(s);
        before.region(0, best.start);
        while (before.find()) {
            String gap = s.substring(before.end(), best.start);
            if (WEEKDAY_OR_FILLER.matcher(gap).replaceAll("").replaceAll("[\\s/|,·•\\-–—@]", "").isEmpty()) {
                Matcher again = TIME.matcher(s);
                again.region(before.start(), best.start);
                if (again.lookingAt()) {
                    Optional<Found> withTime = withTime(best, again, again.start(), best.end);
                    if (withTime.isPresent()) {
                        return withTime;
                    }
                }
            }
        }
        if (best.date == null) {
            return Optional.empty();
        }
        return Optional.of(new Found(best.date.toString(), best.start, best.end));
    }

    /** A calendar date found in the text; numeric dates keep both readings until the zone tells which applies. */
    private record DateMatch(LocalDate date, LocalDate monthFirst, int start, int end) {
    }

    private static Optional<Found> rfc1123(String s) {
        Matcher m = Pattern.compile("(?i)(?:[a-z]{3},\\s*)?\\d{1,2}\\s+[a-z]{3}\\s+\\d{4}\\s+\\d{2}:\\d{2}(?::\\d{2})?"
                + "\\s+(?:GMT|UT|UTC|Z|[+-]\\d{4}|[ECMP][SD]T)").matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            String text = m.group();
            if (!text.matches("(?i)^[a-z]{3},.*")) {
                text = "Mon, " + text;
                // the weekday is not checked below: RFC_1123 requires one, so any placeholder is re-derived
            }
            OffsetDateTime t = OffsetDateTime.parse(fixWeekday(text.replaceAll("(?i)\\bUTC\\b", "GMT")
                    .replaceAll("(?i)\\bZ$", "GMT")), DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(new Found(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), m.start(), m.end()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** RFC 1123 parsing rejects a wrong weekday; feeds get it wrong often, so recompute it from the date. */
    private static String fixWeekday(String text) {
        Matcher m = Pattern.compile("(?i)^[a-z]{3},\\s*(\\d{1,2})\\s+([a-z]{3})\\s+(\\d{4})(.*)$").matcher(text);
        if (!m.matches()) {
            return text;
        }
        Integer month = monthNumber(m.group(2));
        if (month == null) {
            return text;
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            String dow = d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
            String mon = d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
            return dow + ", " + m.group(1) + " " + mon + " " + m.group(3) + m.group(4).toUpperCase(Locale.ROOT);
        } catch (DateTimeException e) {
            return text;
        }
    }

    private static Optional<Found> isoFound(Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(new Found(date.toString(), m.start(), m.end()));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            LocalDateTime local = LocalDateTime.of(date, time);
            if (m.group(7) == null) {
                return Optional.of(new Found(local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), m.start(), m.end()));
            }
            ZoneOffset offset = ZoneOffset.of(normaliseOffset(m.group(7)));
            return Optional.of(new Found(OffsetDateTime.of(local, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    m.start(), m.end()));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static DateMatch dayMonthYear(String s) {
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        while (m.find()) {
            LocalDate d = date(Integer.parseInt(m.group(3)), monthNumber(m.group(2)), Integer.parseInt(m.group(1)));
            if (d != null) {
                return new DateMatch(d, null, m.start(), m.end());
            }
        }
        return null;
    }

    private static DateMatch monthDayYear(String s) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        while (m.find()) {
            LocalDate d = date(Integer.parseInt(m.group(3)), monthNumber(m.group(1)), Integer.parseInt(m.group(2)));
            if (d != null) {
                return new DateMatch(d, null, m.start(), m.end());
            }
        }
        return null;
    }

    private static DateMatch numeric(String s) {
        Matcher m = NUMERIC.matcher(s);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            if (m.group(4).length() == 2) {
                year += year < 70 ? 2000 : 1900;
            }
            LocalDate dayFirst = date(year, b, a);
            LocalDate monthFirst = date(year, a, b);
            if (dayFirst != null || monthFirst != null) {
                // the year is exactly four digits; what follows may be a glued time (201709h42)
                int end = m.start(4) + m.group(4).length();
                return new DateMatch(dayFirst != null ? dayFirst : monthFirst, monthFirst, m.start(), end);
            }
        }
        return null;
    }

    private static DateMatch yearFirst(String s) {
        Matcher m = YEAR_FIRST.matcher(s);
        while (m.find()) {
            LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                return new DateMatch(d, null, m.start(), m.end());
            }
        }
        return null;
    }

    private static Optional<Found> withTime(DateMatch dm, Matcher t, int start, int end) {
        int hour = Integer.parseInt(t.group(1));
        int minute = Integer.parseInt(t.group(2));
        int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
        String meridiem = t.group(4) == null ? null : t.group(4).replaceAll("[.\\s]", "").toLowerCase(Locale.ROOT);
        if ("pm".equals(meridiem) && hour < 12) {
            hour += 12;
        } else if ("am".equals(meridiem) && hour == 12) {
            hour = 0;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        String zone = t.group(5) == null ? null : t.group(5).strip();
        String zoneKey = zone == null ? null : zone.toUpperCase(Locale.ROOT);
        LocalDate date = dm.date;
        if (dm.monthFirst != null && zoneKey != null && MONTH_FIRST_ZONES.contains(zoneKey)) {
            date = dm.monthFirst;
        }
        if (date == null) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.of(date, LocalTime.of(hour, minute, second));
        ZoneOffset offset = offsetOf(zone, local);
        if (zone != null && offset == null && end == t.end()) {
            end = t.start(5);
        }
        String iso = offset == null ? local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                : OffsetDateTime.of(local, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return Optional.of(new Found(iso, start, end));
    }

    private static ZoneOffset offsetOf(String zone, LocalDateTime at) {
        if (zone == null) {
            return null;
        }
        String z = zone.replace(" ", "");
        String mapped = ZONES.get(z.toUpperCase(Locale.ROOT));
        try {
            if (mapped != null) {
                return mapped.contains("/") ? ZoneId.of(mapped).getRules().getOffset(at) : ZoneOffset.of(mapped);
            }
            String offset = z.replaceFirst("(?i)^(UTC|GMT)", "");
            if (offset.matches("[+-]\\d{1,2}(:?\\d{2})?")) {
                return ZoneOffset.of(normaliseOffset(offset));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static String normaliseOffset(String raw) {
        if (raw.equalsIgnoreCase("Z")) {
            return "Z";
        }
        String sign = raw.substring(0, 1);
        String digits = raw.substring(1).replace(":", "");
        if (digits.length() <= 2) {
            return sign + String.format("%02d", Integer.parseInt(digits)) + ":00";
        }
        if (digits.length() == 3) {
            digits = "0" + digits;
        }
        return sign + digits.substring(0, 2) + ":" + digits.substring(2);
    }

    private static LocalDate date(int year, Integer month, int day) {
        if (month == null || year < 1900 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer monthNumber(String name) {
        String m = name.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (m.length() >= 3 ? m.substring(0, 3) : m) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> null;
        };
    }
}
