package org.conflictgraph.graph.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Whether two sets of spellings name the same person. Full names decide when both sides have one: given
 * name and surname must both agree ("Akhtar Mansour" = "Akhtar Mohammad Mansoor", but "Akhtar Mansour" is
 * not "Mansour Dadullah"). A lone name ("Mansour") only gives a partial match that the caller may accept
 * when it is unambiguous and the context agrees. A lone name after a religious title ("Mullah Dadullah",
 * "Mullah Omar") is how that person is known, so it is not taken as anyone's surname.
 */
final class PersonNames {

    /** How two people's names relate, strongest first. */
    enum Match {
        /** Full names agree (or a spelling of two or more words is shared). */
        SAME,
        /** Both are known by one name only, and it agrees. */
        SINGLE,
        /** One side is a lone name equal to the other's surname. */
        SURNAME,
        /** One side is a lone name equal to the other's given name. */
        GIVEN,
        /** Nothing in common. */
        NONE,
        /** Full names that contradict each other: different people. */
        CONFLICT
    }

    private static final Set<String> RELIGIOUS_TITLES = Set.of("mullah", "mulla", "mawlawi", "maulvi", "molvi",
            "moulvi", "maulana", "mawlana", "sheikh", "shaikh", "sheik", "shaykh", "imam", "ayatollah", "qari",
            "hafiz", "haji", "hajji", "pope", "king", "queen", "emir", "sultan");

    private PersonNames() {
    }

    /** A person's spelling, folded: its tokens and whether it is a known-by-one-name form. */
    record Spelling(List<String> tokens, boolean mononym) {
        static Spelling of(String name) {
            List<String> raw = NameKeys.tokens(name);
            List<String> t = NameKeys.personTokens(name);
            boolean titled = !raw.isEmpty() && RELIGIOUS_TITLES.contains(raw.getFirst());
            return new Spelling(t, titled && t.size() == 1);
        }

        boolean isEmpty() {
            return tokens.isEmpty();
        }
    }

    /** Two folded tokens are the same name: equal, or the same consonants and close (Ahmed/Ahmad). */
    static boolean sameToken(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0); // an initial
        }
        if (Math.min(a.length(), b.length()) < 4) {
            return false;
        }
        return NameKeys.skeleton(a).equals(NameKeys.skeleton(b)) && JaroWinkler.similarity(a, b) >= 0.85;
    }

    /** Compares two single spellings. */
    static Match compare(Spelling a, Spelling b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Match.NONE;
        }
        List<String> x = a.tokens();
        List<String> y = b.tokens();
        if (x.size() >= 2 && y.size() >= 2) {
            boolean first = sameToken(x.getFirst(), y.getFirst());
            boolean last = sameToken(x.getLast(), y.getLast());
            List<String> shorter = x.size() <= y.size() ? x : y;
            List<String> longer = x.size() <= y.size() ? y : x;
            if (first && subsequence(shorter, longer)) {
                return Match.SAME;
            }
            if (first && last) {
                if (x.size() >= 3 && y.size() >= 3 && !middlesMeet(x, y)) {
                    return Match.CONFLICT;
                }
                return Match.SAME;
            }
            return Match.CONFLICT;
        }
        if (x.size() == 1 && y.size() == 1) {
            return sameToken(x.getFirst(), y.getFirst()) && x.getFirst().length() > 1 ? Match.SINGLE : Match.NONE;
        }
        Spelling lone = x.size() == 1 ? a : b;
        List<String> full = x.size() == 1 ? y : x;
        String t = lone.tokens().getFirst();
        if (t.length() < 2 || lone.mononym()) {
            return Match.NONE;
        }
        if (sameToken(t, full.getLast())) {
            return Match.SURNAME;
        }
        if (sameToken(t, full.getFirst())) {
            return Match.GIVEN;
        }
        return Match.NONE;
    }

    /**
     * Compares two people given each one's fullest name and other spellings. Their fullest names veto: when
     * both have two or more words and contradict, they are different people whatever the aliases say.
     */
    static Match compare(String nameA, Collection<String> aliasesA, String nameB, Collection<String> aliasesB) {
        Spelling fullA = fullest(nameA, aliasesA);
        Spelling fullB = fullest(nameB, aliasesB);
        if (fullA.tokens().size() >= 2 && fullB.tokens().size() >= 2) {
            Match m = compare(fullA, fullB);
            if (m == Match.SAME || m == Match.CONFLICT) {
                return m;
            }
        }
        Match best = Match.NONE;
        for (Spelling p : spellings(nameA, aliasesA)) {
            for (Spelling q : spellings(nameB, aliasesB)) {
                Match m = compare(p, q);
                if (m == Match.CONFLICT) {
                    continue; // an alias pair may contradict while the full names decide
                }
                if (m.ordinal() < best.ordinal()) {
                    best = m;
                }
            }
        }
        return best;
    }

    static List<Spelling> spellings(String name, Collection<String> aliases) {
        List<Spelling> out = new ArrayList<>();
        if (name != null) {
            out.add(Spelling.of(name));
        }
        if (aliases != null) {
            aliases.forEach(al -> out.add(Spelling.of(al)));
        }
        out.removeIf(Spelling::isEmpty);
        return out;
    }

    /** The spelling with the most words (the name itself on a tie). */
    static Spelling fullest(String name, Collection<String> aliases) {
        Spelling best = null;
        for (Spelling s : spellings(name, aliases)) {
            if (best == null || s.tokens().size() > best.tokens().size()) {
                best = s;
            }
        }
        return best == null ? new Spelling(List.of(), false) : best;
    }

    private static boolean subsequence(List<String> shorter, List<String> longer) {
        int j = 0;
        for (String t : longer) {
            if (j < shorter.size() && sameToken(shorter.get(j), t)) {
                j++;
            }
        }
        return j == shorter.size();
    }

    private static boolean middlesMeet(List<String> x, List<String> y) {
        for (String a : x.subList(1, x.size() - 1)) {
            for (String b : y.subList(1, y.size() - 1)) {
                if (sameToken(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }
}
