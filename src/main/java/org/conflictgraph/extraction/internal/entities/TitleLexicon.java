package org.conflictgraph.extraction.internal.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Person titles from {@code lexicon/titles.tsv}: NAME titles (Mullah, General, Prince) stay in a person's name,
 * OFFICE titles (President, Foreign Minister) are roles, HONORIFICs (Mr, Dr) are dropped. Also recognises
 * misspelt NAME titles ("Mallah") by edit distance, so the person still clusters with the correct spelling.
 */
final class TitleLexicon {

    enum Kind { NAME, OFFICE, HONORIFIC }

    /** A title found at a token position: how many tokens it spans, its kind and its canonical spelling. */
    record Match(int length, Kind kind, String title, boolean corrected) {
    }

    private static final TitleLexicon SHARED = load();

    private final Map<String, Kind> byLowerText = new HashMap<>();
    private final Map<String, String> canonical = new HashMap<>();
    private final List<String> singleNameTitles = new ArrayList<>();
    private int maxTokens = 1;

    static TitleLexicon shared() {
        return SHARED;
    }

    TitleLexicon(List<String[]> rows) {
        for (String[] row : rows) {
            String lower = row[0].toLowerCase(Locale.ROOT);
            byLowerText.put(lower, Kind.valueOf(row[1]));
            canonical.put(lower, row[0]);
            maxTokens = Math.max(maxTokens, row[0].split(" ").length);
            if (row[1].equals("NAME") && !row[0].contains(" ") && !row[0].endsWith(".")) {
                singleNameTitles.add(row[0]);
            }
        }
    }

    private static TitleLexicon load() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TitleLexicon.class.getResourceAsStream("/lexicon/titles.tsv")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    if (cols.length >= 2) {
                        rows.add(new String[] {cols[0].strip(), cols[1].strip()});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TitleLexicon(rows);
    }

    /** The longest title starting at {@code words[i]} (exact, case-insensitive, capitalised in the text). */
    Optional<Match> at(List<String> words, int i) {
        if (i >= words.size() || words.get(i).isEmpty() || !Character.isUpperCase(words.get(i).charAt(0))) {
            return Optional.empty();
        }
        for (int n = Math.min(maxTokens, words.size() - i); n >= 1; n--) {
            String joined = String.join(" ", words.subList(i, i + n)).toLowerCase(Locale.ROOT);
            Kind kind = byLowerText.get(joined);
            if (kind != null) {
                return Optional.of(new Match(n, kind, canonical.get(joined), false));
            }
        }
        return correctedNameTitle(words.get(i)).map(t -> new Match(1, Kind.NAME, t, true));
    }

    Optional<Kind> kindOf(String text) {
        return Optional.ofNullable(byLowerText.get(text.toLowerCase(Locale.ROOT)));
    }

    /**
     * A capitalised word one edit away from a NAME title of five letters or more, with the same first letter
     * ("Mallah" → "Mullah"); never a word that is itself a title ("Mayor" is an office, not "Major").
     */
    Optional<String> correctedNameTitle(String word) {
        if (word.length() < 5 || !Character.isUpperCase(word.charAt(0))
                || byLowerText.containsKey(word.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (String title : singleNameTitles) {
            if (title.length() >= 5 && title.charAt(0) == word.charAt(0)
                    && Math.abs(title.length() - word.length()) <= 1
                    && editDistance(title.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT)) == 1) {
                return Optional.of(title);
            }
        }
        return Optional.empty();
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
