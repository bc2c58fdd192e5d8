package org.conflictgraph.graph;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The normalised identity key of a name, exactly like {@code norm()} in {@code shared/eval/score}: a few letters
 * transliterated (ø, ß, æ...), NFKD with combining marks dropped, lower case, apostrophes and dots deleted, other
 * punctuation turned into single spaces, a leading "the " dropped. Entity nodes store the keys of their name and
 * aliases in {@code keys} (indexed) for identity look-ups.
 */
public final class NameKey {

    private static final Map<Character, String> TRANSLIT = Map.ofEntries(
            Map.entry('ø', "o"), Map.entry('Ø', "o"), Map.entry('ł', "l"), Map.entry('Ł', "l"),
            Map.entry('đ', "d"), Map.entry('Đ', "d"), Map.entry('ð', "d"), Map.entry('Ð', "d"),
            Map.entry('þ', "th"), Map.entry('Þ', "th"), Map.entry('ß', "ss"), Map.entry('æ', "ae"),
            Map.entry('Æ', "ae"), Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ı', "i"));
    private static final String DELETED = "'\u2018\u2019\u201b`\u00b4\u02bb\u02bc\u02be\u02bf\u02b9.";
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[\\W_]+", Pattern.UNICODE_CHARACTER_CLASS);

    private NameKey() {
    }

    /** The key of one name; "" for null or a name with no letters or digits. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder translit = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String t = TRANSLIT.get(c);
            if (t != null) {
                translit.append(t);
            } else {
                translit.append(c);
            }
        }
        String s = Normalizer.normalize(translit, Normalizer.Form.NFKD);
        s = COMBINING.matcher(s).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (DELETED.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        s = NON_ALNUM.matcher(kept).replaceAll(" ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** The distinct non-empty keys of a name and its aliases, the name's key first. */
    public static List<String> ofAll(String name, Collection<String> aliases) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        keys.add(of(name));
        if (aliases != null) {
            aliases.forEach(a -> keys.add(of(a)));
        }
        keys.remove("");
        return List.copyOf(keys);
    }
}
