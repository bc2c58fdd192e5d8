package org.conflictgraph.extraction.internal.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;

/**
 * Stance of a claim from the cues in its scope: denial words and negation make it DENIES, hedge words,
 * modals and hedge phrases make it HEDGES, otherwise it keeps the reporting verb's own stance.
 */
final class StanceClassifier {

    record Stance(String stance, int cueStart, int cueEnd) {
    }

    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "neither", "nor");

    private final CueLexicon cues;
    private final String text;

    StanceClassifier(CueLexicon cues, String text) {
        this.cues = cues;
        this.text = text;
    }

    /**
     * @param scope    tokens within the claim's scope (path from trigger to reporting verb and their modifiers)
     * @param negated  tokens whose negation denies the event (the trigger and the clause heads below the verb)
     * @param base     stance of the reporting verb (ASSERTS when none)
     */
    Stance classify(ParsedSentence s, Collection<Integer> scope, Collection<Integer> clause, Collection<Integer> negated, String base,
                    int baseStart, int baseEnd) {
        if ("DENIES".equals(base)) {
            return new Stance("DENIES", baseStart, baseEnd);
        }
        for (int t : negated) {
            var node = s.node(t);
            List<IndexedWord> negs = new ArrayList<>(node.map(n -> s.children(n, "advmod")).orElse(List.of()));
            node.ifPresent(n -> negs.addAll(s.children(n, "cc:preconj")));
            node.ifPresent(n -> negs.addAll(s.children(n, "cc")));
            for (var d : negs) {
                if (NEGATION.contains(d.word().toLowerCase(Locale.ROOT))) {
                    return new Stance("DENIES", s.charStart(ParsedSentence.tok(d)), s.charEnd(t));
                }
            }
        }
        for (int t : scope) {
            String w = s.word(t).toLowerCase(Locale.ROOT);
            if (cues.denyWords.contains(w) || cues.denyWords.contains(s.lemma(t))) {
                return new Stance("DENIES", s.charStart(t), s.charEnd(t));
            }
        }
        int[] phrase = findPhrase(s, cues.denyPhrases, clause);
        if (phrase != null) {
            return new Stance("DENIES", phrase[0], phrase[1]);
        }
        if ("HEDGES".equals(base)) {
            return new Stance("HEDGES", baseStart, baseEnd);
        }
        phrase = findPhrase(s, cues.hedgePhrases.stream().filter(p -> !isVerificationCaveat(p)).toList(), clause);
        if (phrase != null) {
            return new Stance("HEDGES", phrase[0], phrase[1]);
        }
        for (int t : scope) {
            String w = s.word(t).toLowerCase(Locale.ROOT);
            if (cues.hedgeWords.contains(w) || cues.hedgeWords.contains(s.lemma(t)) && !s.tag(t).startsWith("VB")) {
                return new Stance("HEDGES", s.charStart(t), s.charEnd(t));
            }
        }
        return new Stance(base == null ? "ASSERTS" : base, baseStart, baseEnd);
    }

    /** The first phrase of {@code phrases} in the sentence text, as [start, end) offsets, or null. */
    int[] findPhrase(ParsedSentence s, Collection<String> phrases) {
        return findPhrase(s, phrases, null);
    }

    /** Like {@link #findPhrase(ParsedSentence, Collection)}, only where the phrase starts on a token of {@code within}. */
    int[] findPhrase(ParsedSentence s, Collection<String> phrases, Collection<Integer> within) {
        String sentence = text.substring(s.start, Math.min(s.end, text.length())).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'');
        for (String p : phrases) {
            int from = 0;
            while (true) {
                int i = indexOfWord(sentence.substring(from), p);
                if (i < 0) {
                    break;
                }
                int at = s.start + from + i;
                if (within == null || startsOnToken(s, at, within)) {
                    return new int[] {at, at + p.length()};
                }
                from += i + 1;
            }
        }
        return null;
    }

    private static boolean startsOnToken(ParsedSentence s, int offset, Collection<Integer> tokens) {
        for (int t : tokens) {
            if (s.charStart(t) <= offset && offset < s.charEnd(t) + 1) {
                return true;
            }
        }
        return false;
    }

    static int indexOfWord(String hay, String needle) {
        int from = 0;
        while (true) {
            int i = hay.indexOf(needle, from);
            if (i < 0) {
                return -1;
            }
            boolean leftOk = i == 0 || !Character.isLetterOrDigit(hay.charAt(i - 1));
            int e = i + needle.length();
            boolean rightOk = e >= hay.length() || !Character.isLetterOrDigit(hay.charAt(e));
            if (leftOk && rightOk) {
                return i;
            }
            from = i + 1;
        }
    }

    /** Verification caveats in the outlet's own voice ("could not be independently verified"). */
    boolean isVerificationCaveat(String phrase) {
        return phrase.contains("independently") || phrase.startsWith("could not be") || phrase.startsWith("unable to")
                || phrase.contains("able to") || phrase.contains("evidence");
    }
}
