package org.conflictgraph.extraction.internal.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Groups the mentions of people into persons. A mention joins a person when its name tokens (titles aside) are
 * contained in the person's fullest name, allowing one-letter transliteration variants ("Mohammed"/"Mohammad")
 * when most tokens agree. Two full names that merely share a part stay apart ("Akhtar Mansour" vs
 * "Mansour Dadullah"); a short form that fits several goes to the one mentioned most recently.
 */
final class PersonClusterer {

    /** One mention: its surface text, its NAME title (canonical) or null, whether the title was misspelt, core words. */
    record PersonMention(Span span, String surface, String title, boolean titleCorrected, List<String> core,
                         String role, int roleBegin) {
    }

    static final class Person {
        final List<PersonMention> mentions = new ArrayList<>();
        List<String> core;
        int lastPosition;

        Person(PersonMention m, int position) {
            core = m.core();
            mentions.add(m);
            lastPosition = position;
        }

        /** The fullest form: longest core, with the title the text gives it (correctly spelt when it ever is). */
        String name() {
            PersonMention best = null;
            for (PersonMention m : mentions) {
                if (best == null || m.core().size() > best.core().size()
                        || m.core().size() == best.core().size() && better(m, best)) {
                    best = m;
                }
            }
            String title = best.title() != null && !best.titleCorrected() ? best.title() : null;
            if (title == null) {
                for (PersonMention m : mentions) {
                    if (m.title() != null && (title == null || !m.titleCorrected())) {
                        title = m.title();
                    }
                }
            }
            String coreText = coreSurface(best);
            return title == null ? coreText : title + " " + coreText;
        }

        private static boolean better(PersonMention a, PersonMention b) {
            int sa = (a.title() != null ? 2 : 0) + (a.titleCorrected() ? -1 : 0);
            int sb = (b.title() != null ? 2 : 0) + (b.titleCorrected() ? -1 : 0);
            return sa > sb;
        }

        /** The surface without its title words. */
        static String coreSurface(PersonMention m) {
            String[] words = m.surface().split(" ");
            int drop = Math.max(0, words.length - m.core().size());
            return String.join(" ", java.util.Arrays.copyOfRange(words, drop, words.length));
        }
    }

    private PersonClusterer() {
    }

    static List<Person> cluster(List<PersonMention> mentions) {
        List<Person> people = new ArrayList<>();
        int position = 0;
        for (PersonMention m : mentions) {
            position++;
            Person target = null;
            List<Person> containing = new ArrayList<>();
            List<Person> contained = new ArrayList<>();
            for (Person p : people) {
                if (contains(p.core, m.core())) {
                    containing.add(p);
                } else if (contains(m.core(), p.core)) {
                    contained.add(p);
                }
            }
            if (!containing.isEmpty()) {
                target = mostRecent(containing);
            } else if (contained.size() == 1) {
                // a fuller form of a name seen earlier in short ("Mansour" ... "Akhtar Mansour")
                target = contained.get(0);
                target.core = m.core();
            } else if (contained.size() > 1) {
                target = mostRecent(contained);
                target.core = m.core();
            }
            if (target == null) {
                people.add(new Person(m, position));
            } else {
                target.mentions.add(m);
                target.lastPosition = position;
            }
        }
        return people;
    }

    private static Person mostRecent(List<Person> ps) {
        Person best = ps.get(0);
        for (Person p : ps) {
            if (p.lastPosition > best.lastPosition) {
                best = p;
            }
        }
        return best;
    }

    /** Every token of {@code part} matches a distinct token of {@code whole} (exact, or one edit when most agree). */
    static boolean contains(List<String> whole, List<String> part) {
        if (part.isEmpty() || part.size() > whole.size()) {
            return false;
        }
        boolean[] used = new boolean[whole.size()];
        int exact = 0;
        int fuzzy = 0;
        for (String p : part) {
            String pk = stem(p);
            int found = -1;
            for (int i = 0; i < whole.size() && found < 0; i++) {
                if (!used[i] && stem(whole.get(i)).equals(pk)) {
                    found = i;
                }
            }
            if (found >= 0) {
                exact++;
            } else {
                for (int i = 0; i < whole.size() && found < 0; i++) {
                    String wk = stem(whole.get(i));
                    if (!used[i] && pk.length() >= 4 && wk.length() >= 4
                            && TitleLexicon.editDistance(pk, wk) == 1) {
                        found = i;
                    }
                }
                if (found < 0) {
                    return false;
                }
                fuzzy++;
            }
            used[found] = true;
        }
        return fuzzy == 0 || exact >= 1 && part.size() >= 2 && fuzzy <= exact + 1;
    }

    /** Lower-cased, diacritics folded, Arabic article dropped: "al-Baghdadi" ~ "Baghdadi". */
    static String stem(String w) {
        String k = Names.key(w).replace(" ", "");
        for (String prefix : List.of("al", "el", "ad", "as", "ash", "ar", "an", "at", "az")) {
            String raw = w.toLowerCase(Locale.ROOT);
            if (raw.startsWith(prefix + "-") && k.length() > prefix.length() + 2) {
                return k.substring(prefix.length());
            }
        }
        return k;
    }
}
