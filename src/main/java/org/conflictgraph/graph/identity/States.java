package org.conflictgraph.graph.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A state's names for faction identity (states.tsv): "Russia", "Moscow", "the Kremlin" and "the Russian
 * government" speak for one body ({@code state:ru}); "Russian forces", "troops", "army" and "military" are
 * another ({@code forces:ru}). Keys are computed on {@link NameKeys#norm normalised} names.
 */
final class States {

    static final String STATE = "state:";
    static final String FORCES = "forces:";
    static final String COUNTRY = "country:";

    private static final Map<String, String> NAMES = new HashMap<>();      // country name -> code
    private static final Map<String, String> SEATS = new HashMap<>();      // capital or seat -> code
    private static final Map<String, String> DEMONYMS = new HashMap<>();   // demonym -> code (ambiguous removed)
    private static final Map<String, java.util.List<String>> BY_CODE = new HashMap<>(); // code -> names and seats

    static {
        Set<String> ambiguous = new HashSet<>();
        try (InputStream in = States.class.getResourceAsStream("states.tsv")) {
            if (in == null) {
                throw new IllegalStateException("states.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String code = f[0].strip();
                for (String n : f[1].split("\\|")) {
                    putName(NAMES, n, code, null);
                    BY_CODE.computeIfAbsent(code, c -> new java.util.ArrayList<>()).add(NameKeys.norm(n));
                }
                for (String d : f[2].split("\\|")) {
                    putName(DEMONYMS, d, code, ambiguous);
                }
                if (f.length > 3) {
                    for (String s : f[3].split("\\|")) {
                        putName(SEATS, s, code, null);
                        BY_CODE.computeIfAbsent(code, c -> new java.util.ArrayList<>()).add(NameKeys.norm(s));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ambiguous.forEach(DEMONYMS::remove);
    }

    private States() {
    }

    private static void putName(Map<String, String> map, String raw, String code, Set<String> ambiguous) {
        String n = NameKeys.norm(raw);
        if (n.isEmpty()) {
            return;
        }
        String before = map.putIfAbsent(n, code);
        if (before != null && !before.equals(code) && ambiguous != null) {
            ambiguous.add(n);
        }
    }

    /**
     * The normalised spellings a state key stands for, to look nodes up by: the state's names and seats with
     * the given words appended to its names and demonyms ("russian government", "russia forces"...).
     */
    static java.util.List<String> forms(String key, String[] governmentWords, String[] forcesWords) {
        java.util.List<String> out = new java.util.ArrayList<>();
        String code;
        String[] words;
        if (key.startsWith(STATE)) {
            code = key.substring(STATE.length());
            words = governmentWords;
            out.addAll(BY_CODE.getOrDefault(code, java.util.List.of()));
        } else if (key.startsWith(FORCES)) {
            code = key.substring(FORCES.length());
            words = forcesWords;
        } else if (key.startsWith(COUNTRY)) {
            code = key.substring(COUNTRY.length());
            for (var e : NAMES.entrySet()) {
                if (e.getValue().equals(code)) {
                    out.add(e.getKey());
                }
            }
            return out;
        } else {
            return out;
        }
        java.util.List<String> heads = new java.util.ArrayList<>();
        NAMES.forEach((n, c) -> { if (c.equals(code)) { heads.add(n); } });
        DEMONYMS.forEach((n, c) -> { if (c.equals(code)) { heads.add(n); } });
        for (String h : heads) {
            for (String w : words) {
                out.add(h + " " + w);
            }
        }
        return out;
    }

    /** {@code country:cc} when the normalised name is a country's name, else null. */
    static String countryKey(String n) {
        String code = NAMES.get(n);
        return code == null ? null : COUNTRY + code;
    }

    /** The code for a country name or demonym ("russia", "russian"), or null. */
    private static String codeOf(String n) {
        String c = NAMES.get(n);
        return c != null ? c : DEMONYMS.get(n);
    }

    /**
     * {@code state:cc} for a state named by itself, its capital or seat, or "&lt;demonym&gt; government";
     * {@code forces:cc} for "&lt;demonym&gt; forces/troops/army/military" and "armed forces of &lt;country&gt;";
     * null otherwise.
     */
    static String factionKey(String n, String[] governmentWords, String[] forcesWords) {
        String c = NAMES.get(n);
        if (c == null) {
            c = SEATS.get(n);
        }
        if (c != null) {
            return STATE + c;
        }
        for (String w : governmentWords) {
            String code = qualified(n, w);
            if (code != null) {
                return STATE + code;
            }
        }
        for (String w : forcesWords) {
            String code = qualified(n, w);
            if (code != null) {
                return FORCES + code;
            }
        }
        return null;
    }

    /** The code when n is "&lt;country or demonym&gt; &lt;word&gt;" or "&lt;word&gt; of &lt;country&gt;". */
    private static String qualified(String n, String word) {
        if (n.endsWith(" " + word)) {
            String head = n.substring(0, n.length() - word.length() - 1);
            String code = codeOf(head);
            if (code != null) {
                return code;
            }
        }
        String prefix = word + " of ";
        if (n.startsWith(prefix)) {
            return NAMES.get(n.substring(prefix.length()));
        }
        return null;
    }
}
