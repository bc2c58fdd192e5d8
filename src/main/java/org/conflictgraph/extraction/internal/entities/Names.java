package org.conflictgraph.extraction.internal.entities;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation, the same way the scorer and the graph compare names (case, diacritics, punctuation, "the"). */
final class Names {

    private Names() {
    }

    static String key(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace("ø", "o").replace("Ø", "o").replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae")
                .replace("ł", "l").replace("ı", "i");
        t = Normalizer.normalize(t, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        t = t.toLowerCase(Locale.ROOT).replaceAll("['\u2018\u2019\u201b`\u00b4\u02bb\u02bc\u02be\u02bf.]", "");
        t = t.replaceAll("[\\W_]+", " ").strip();
        if (t.startsWith("the ")) {
            t = t.substring(4);
        }
        return t;
    }

    /** Drops a leading "the"/"The" and trailing possessive "'s" from a surface form. */
    static String clean(String surface) {
        String s = surface.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'") || s.endsWith("\u2019")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }
}
