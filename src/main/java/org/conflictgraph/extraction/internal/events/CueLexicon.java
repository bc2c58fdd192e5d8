package org.conflictgraph.extraction.internal.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reporting verbs with their stance, and the hedge and denial cues ({@code lexicon/cues-*.tsv}). */
final class CueLexicon {

    private static volatile CueLexicon shared;

    final Map<String, String> reportingVerbs = new HashMap<>();
    final Set<String> hedgeWords = new HashSet<>();
    final List<String> hedgePhrases = new ArrayList<>();
    final Set<String> denyWords = new HashSet<>();
    final List<String> denyPhrases = new ArrayList<>();

    static CueLexicon shared() {
        CueLexicon c = shared;
        if (c == null) {
            c = new CueLexicon(TriggerLexicon.LexiconFiles.lines("lexicon/cues-report.tsv"),
                    TriggerLexicon.LexiconFiles.lines("lexicon/cues-hedge.tsv"),
                    TriggerLexicon.LexiconFiles.lines("lexicon/cues-deny.tsv"));
            shared = c;
        }
        return c;
    }

    CueLexicon(List<String[]> report, List<String[]> hedge, List<String[]> deny) {
        for (String[] r : report) {
            reportingVerbs.put(r[0], r.length > 1 ? r[1] : "ASSERTS");
        }
        for (String[] r : hedge) {
            if (r[0].contains(" ")) {
                hedgePhrases.add(r[0]);
            } else {
                hedgeWords.add(r[0]);
            }
        }
        for (String[] r : deny) {
            if (r[0].contains(" ")) {
                denyPhrases.add(r[0]);
            } else {
                denyWords.add(r[0]);
            }
        }
        // longest phrases first, so the fullest cue is the one reported
        hedgePhrases.sort((a, b) -> b.length() - a.length());
        denyPhrases.sort((a, b) -> b.length() - a.length());
    }

    String reportingStance(String lemma) {
        return reportingVerbs.get(lemma);
    }
}
