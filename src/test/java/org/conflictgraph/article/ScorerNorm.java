package org.conflictgraph.article;

import java.text.Normalizer;
import java.util.Locale;

/** {@code norm()} of shared/eval/score: how the scorer compares names and titles. */
final class ScorerNorm {

    private ScorerNorm() {
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l").replace("đ", "d")
                .replace("Đ", "d").replace("ð", "d").replace("Ð", "d").replace("þ", "th").replace("Þ", "th")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("œ", "oe").replace("Œ", "oe")
                .replace("ı", "i");
        t = Normalizer.normalize(t, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        t = t.toLowerCase(Locale.ROOT).replaceAll("['\u2018\u2019\u201b`\u00b4\u02bb\u02bc\u02be\u02bf\u02b9.]", "");
        t = t.replaceAll("[\\W_]+", " ").strip();
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    static String author(String s) {
        return norm(s).replaceFirst("^by ", "");
    }
}
