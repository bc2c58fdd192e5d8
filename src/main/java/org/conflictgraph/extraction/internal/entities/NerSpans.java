package org.conflictgraph.extraction.internal.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs of tokens that CoreNLP's NER gave the same entity tag. */
final class NerSpans {

    record Tagged(Span span, String tag) {
    }

    static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    private NerSpans() {
    }

    static List<Tagged> of(ParsedText t, int s) {
        List<Tagged> out = new ArrayList<>();
        int n = t.tokens(s).size();
        int i = 0;
        while (i < n) {
            String tag = t.ner(s, i);
            if (tag.equals("O")) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && t.ner(s, j).equals(tag)) {
                j++;
            }
            out.add(new Tagged(new Span(s, i, j), tag));
            i = j;
        }
        return out;
    }
}
