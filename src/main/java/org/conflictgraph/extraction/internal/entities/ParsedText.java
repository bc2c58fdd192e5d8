package org.conflictgraph.extraction.internal.entities;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

/** Read-only view of an annotated article: sentences, tokens, dependency graphs and the clean text. */
final class ParsedText {

    private final String text;
    private final List<List<CoreLabel>> tokens = new ArrayList<>();
    private final List<SemanticGraph> graphs = new ArrayList<>();

    ParsedText(Annotation doc, String text) {
        this.text = text == null ? "" : text;
        List<CoreMap> sentences = doc == null ? null : doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences != null) {
            for (CoreMap s : sentences) {
                List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
                tokens.add(t == null ? List.of() : t);
                SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
                if (g == null) {
                    g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
                }
                graphs.add(g);
            }
        }
    }

    int sentenceCount() {
        return tokens.size();
    }

    List<CoreLabel> tokens(int sentence) {
        return tokens.get(sentence);
    }

    /** The sentence's dependency graph (enhanced++), or null when the parser gave none. */
    SemanticGraph graph(int sentence) {
        return graphs.get(sentence);
    }

    String word(int sentence, int token) {
        return tokens.get(sentence).get(token).word();
    }

    String ner(int sentence, int token) {
        String n = tokens.get(sentence).get(token).ner();
        return n == null ? "O" : n;
    }

    String tag(int sentence, int token) {
        String n = tokens.get(sentence).get(token).tag();
        return n == null ? "" : n;
    }

    String lemma(int sentence, int token) {
        String l = tokens.get(sentence).get(token).lemma();
        return l == null ? word(sentence, token).toLowerCase() : l.toLowerCase();
    }

    List<String> words(int sentence) {
        List<String> out = new ArrayList<>();
        for (CoreLabel t : tokens.get(sentence)) {
            out.add(t.word());
        }
        return out;
    }

    int charStart(int sentence, int token) {
        return tokens.get(sentence).get(token).beginPosition();
    }

    int charEnd(int sentence, int token) {
        return tokens.get(sentence).get(token).endPosition();
    }

    /** The original text of tokens [begin, end) of a sentence, spacing as in the article. */
    String text(int sentence, int begin, int end) {
        if (begin >= end) {
            return "";
        }
        int from = charStart(sentence, begin);
        int to = charEnd(sentence, end - 1);
        if (from >= 0 && to <= text.length() && from <= to) {
            return text.substring(from, to).replaceAll("\\s+", " ");
        }
        return String.join(" ", words(sentence).subList(begin, end));
    }

    String text(Span s) {
        return text(s.sentence(), s.begin(), s.end());
    }

    int sentenceStart(int sentence) {
        List<CoreLabel> t = tokens.get(sentence);
        return t.isEmpty() ? 0 : t.get(0).beginPosition();
    }

    int sentenceEnd(int sentence) {
        List<CoreLabel> t = tokens.get(sentence);
        return t.isEmpty() ? 0 : t.get(t.size() - 1).endPosition();
    }

    String sentenceText(int sentence) {
        int a = sentenceStart(sentence);
        int b = sentenceEnd(sentence);
        return a >= 0 && b <= text.length() && a <= b ? text.substring(a, b) : String.join(" ", words(sentence));
    }

    boolean isCapitalised(int sentence, int token) {
        String w = word(sentence, token);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }
}
