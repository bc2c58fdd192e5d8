package org.conflictgraph.extraction.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

/**
 * One sentence with its enhanced++ dependency graph and the small graph queries the event rules need.
 * Token indexes are CoreNLP's 0-based sentence indexes; {@link IndexedWord#index()} is 1-based.
 */
final class ParsedSentence {

    final int index;
    final CoreMap sentence;
    final List<CoreLabel> tokens;
    final SemanticGraph graph;
    final int start;
    final int end;
    final int paragraph;

    ParsedSentence(int index, CoreMap sentence, int paragraph) {
        this.index = index;
        this.sentence = sentence;
        this.tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (g == null) {
            g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        }
        this.graph = g == null ? new SemanticGraph() : g;
        this.start = tokens.isEmpty() ? 0 : tokens.get(0).beginPosition();
        this.end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).endPosition();
        this.paragraph = paragraph;
    }

    String text(String articleText) {
        return articleText.substring(start, Math.min(end, articleText.length()));
    }

    String lemma(int token) {
        String l = tokens.get(token).lemma();
        return l == null ? tokens.get(token).word().toLowerCase() : l.toLowerCase();
    }

    String word(int token) {
        return tokens.get(token).word();
    }

    String tag(int token) {
        String t = tokens.get(token).tag();
        return t == null ? "" : t;
    }

    String ner(int token) {
        String n = tokens.get(token).ner();
        return n == null ? "O" : n;
    }

    Optional<IndexedWord> node(int token) {
        if (graph.vertexSet().isEmpty()) {
            return Optional.empty();
        }
        IndexedWord w = graph.getNodeByIndexSafe(token + 1);
        return Optional.ofNullable(w);
    }

    static int tok(IndexedWord w) {
        return w.index() - 1;
    }

    /** Dependents of {@code w} whose relation is {@code rel} or starts with {@code rel + ":"}. */
    List<IndexedWord> children(IndexedWord w, String rel) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
            String r = e.getRelation().toString();
            if (r.equals(rel) || r.startsWith(rel + ":")) {
                out.add(e.getDependent());
            }
        }
        out.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return out;
    }

    /** Dependents whose relation is exactly {@code rel}. */
    List<IndexedWord> childrenExact(IndexedWord w, String rel) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals(rel)) {
                out.add(e.getDependent());
            }
        }
        return out;
    }

    List<SemanticGraphEdge> outgoing(IndexedWord w) {
        List<SemanticGraphEdge> out = new ArrayList<>();
        graph.outgoingEdgeIterable(w).forEach(out::add);
        out.sort((a, b) -> Integer.compare(a.getDependent().index(), b.getDependent().index()));
        return out;
    }

    /** The tree parent (first non-"ref" incoming edge), or null at the root. */
    SemanticGraphEdge parentEdge(IndexedWord w) {
        SemanticGraphEdge best = null;
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(w)) {
            String r = e.getRelation().toString();
            if (r.equals("ref") || e.isExtra()) {
                continue;
            }
            if (best == null || r.startsWith("conj") && !best.getRelation().toString().startsWith("conj")) {
                best = e;
            }
        }
        if (best == null) {
            for (SemanticGraphEdge e : graph.incomingEdgeIterable(w)) {
                if (!e.getRelation().toString().equals("ref")) {
                    return e;
                }
            }
        }
        return best;
    }

    boolean hasChild(IndexedWord w, String rel) {
        return !children(w, rel).isEmpty();
    }

    boolean isPassive(IndexedWord w) {
        return hasChild(w, "aux:pass") || hasChild(w, "nsubj:pass") || "VBN".equals(w.tag()) && parentEdge(w) != null
                && parentEdge(w).getRelation().toString().startsWith("acl");
    }

    /** Tokens of the subtree of {@code w} (in the tree edges only), sorted. */
    List<Integer> subtree(IndexedWord w, int limit) {
        List<Integer> out = new ArrayList<>();
        collect(w, out, limit, 0);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(IndexedWord w, List<Integer> out, int limit, int depth) {
        if (out.contains(tok(w)) || out.size() >= limit || depth > 12) {
            return;
        }
        out.add(tok(w));
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
            if (!e.isExtra() && !e.getRelation().toString().equals("ref")) {
                collect(e.getDependent(), out, limit, depth + 1);
            }
        }
    }

    /** True when {@code ancestor} dominates {@code w} through tree edges (or is w). */
    boolean dominates(IndexedWord ancestor, IndexedWord w) {
        IndexedWord cur = w;
        for (int i = 0; i < 40 && cur != null; i++) {
            if (cur.equals(ancestor)) {
                return true;
            }
            SemanticGraphEdge e = parentEdge(cur);
            cur = e == null ? null : e.getGovernor();
        }
        return false;
    }

    /** Character span [start, end) of tokens [from, to] (inclusive). */
    int charStart(int token) {
        return tokens.get(token).beginPosition();
    }

    int charEnd(int token) {
        return tokens.get(token).endPosition();
    }
}
