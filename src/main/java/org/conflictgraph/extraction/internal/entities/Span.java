package org.conflictgraph.extraction.internal.entities;

/** Tokens [begin, end) of one sentence (0-based, as CoreNLP lists them). */
record Span(int sentence, int begin, int end) implements Comparable<Span> {

    boolean overlaps(Span o) {
        return sentence == o.sentence && begin < o.end && o.begin < end;
    }

    boolean contains(int s, int token) {
        return sentence == s && begin <= token && token < end;
    }

    @Override
    public int compareTo(Span o) {
        return sentence != o.sentence ? Integer.compare(sentence, o.sentence)
                : begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
