package org.conflictgraph.extraction.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.conflictgraph.extraction.internal.nlp.EntityKind;
import org.conflictgraph.extraction.internal.nlp.Mention;

/** Finds event triggers (verbs and nouns of the trigger lexicon) in a parsed sentence and types them. */
final class EventDetector {

    /** Determiners that make a trigger noun refer back ("the attack", "this bombing"). */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "their");
    /** Nouns for people that, as victims of a killing, make it violence against civilians. */
    private static final Set<String> CIVILIANS = Set.of("civilian", "resident", "villager", "worker", "child",
            "woman", "patient", "student", "worshipper", "passer-by", "bystander", "inhabitant", "people", "family");

    private final TriggerLexicon lexicon;
    private final EntityNames names;
    private final ArgumentExtractor arguments;

    EventDetector(TriggerLexicon lexicon, EntityNames names, ArgumentExtractor arguments) {
        this.lexicon = lexicon;
        this.names = names;
        this.arguments = arguments;
    }

    List<EventMention> detect(ParsedSentence s) {
        List<EventMention> out = new ArrayList<>();
        if (s.graph.vertexSet().isEmpty()) {
            return out;
        }
        for (int t = 0; t < s.tokens.size(); t++) {
            List<TriggerLexicon.Trigger> senses = lexicon.lookup(s.lemma(t));
            if (senses.isEmpty()) {
                continue;
            }
            String tag = s.tag(t);
            boolean verb = tag.startsWith("VB");
            boolean noun = tag.startsWith("NN");
            if (!verb && !noun) {
                continue;
            }
            // part of a name ("Islamic Jihad", "Strike Force") is no trigger
            Optional<Mention> inName = names.at(s, t);
            if (inName.isPresent() && inName.get().endToken() - inName.get().beginToken() > 1) {
                continue;
            }
            Optional<IndexedWord> node = s.node(t);
            if (node.isEmpty() || verb && irrealis(s, node.get())) {
                continue;
            }
            var up = s.parentEdge(node.get());
            if (noun && up != null && (up.getRelation().toString().equals("obl:as") || up.getRelation().toString().equals("nmod:as"))) {
                continue; // "dismissed the statement as propaganda": a characterisation, no event
            }
            for (TriggerLexicon.Trigger sense : senses) {
                if (verb && !sense.verb() || noun && !sense.noun()) {
                    continue;
                }
                if (!requirementsMet(s, node.get(), sense)) {
                    continue;
                }
                EventMention m = new EventMention(s, t, sense, sense.type());
                arguments.fill(m, node.get());
                if (m.type.contains("|")) {
                    m.type = m.place != null && m.victims.isEmpty() ? "TERRITORY_CHANGE" : "ARREST";
                }
                if ("ALLEGIANCE".equals(m.type) && refused(s, node.get())) {
                    m.type = "SPLIT"; // "refused to pledge allegiance"
                }
                if ("KILLING".equals(m.type) && victimsAreCivilians(s, node.get())) {
                    m.type = "VIOLENCE_AGAINST_CIVILIANS";
                }
                m.anaphoric = noun && s.children(node.get(), "det").stream()
                        .anyMatch(d -> DEFINITE.contains(d.word().toLowerCase()))
                        || noun && s.hasChild(node.get(), "nmod:poss") && m.actorNames().isEmpty();
                out.add(m);
                break;
            }
        }
        return out;
    }

    private boolean requirementsMet(ParsedSentence s, IndexedWord w, TriggerLexicon.Trigger sense) {
        if (!sense.needsDep().isEmpty()) {
            boolean ok = false;
            for (SemanticGraphEdge e : s.outgoing(w)) {
                IndexedWord d = e.getDependent();
                if (sense.needsDep().contains(d.lemma().toLowerCase()) || sense.needsDep().contains(d.word().toLowerCase())) {
                    ok = true;
                }
            }
            SemanticGraphEdge up = s.parentEdge(w);
            if (up != null && sense.needsDep().contains(up.getGovernor().lemma().toLowerCase())) {
                ok = true;
            }
            if (!ok) {
                return false;
            }
        }
        if (sense.needsObj() != null) {
            List<IndexedWord> objs = s.children(w, "obj");
            objs.addAll(s.children(w, "nsubj:pass"));
            if (!hasKind(s, objs, sense.needsObj())) {
                return false;
            }
        }
        if (sense.needsSubj() != null) {
            List<IndexedWord> subj = s.childrenExact(w, "nsubj");
            if (!hasKind(s, subj, sense.needsSubj())) {
                return false;
            }
        }
        return true;
    }

    private boolean hasKind(ParsedSentence s, List<IndexedWord> heads, String kind) {
        for (IndexedWord h : heads) {
            for (Mention m : names.of(s, h)) {
                if (m.kind() == EntityKind.valueOf(kind.equals("FACTION") ? "FACTION" : kind)
                        || kind.equals("FACTION") && m.kind() == EntityKind.ACTOR) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs of intent or attempt: what they govern has not (yet) happened. */
    private static final Set<String> INTENT = Set.of("try", "threaten", "vow", "plan", "seek", "want", "aim", "intend",
            "attempt", "prepare", "promise", "warn", "hope", "would", "decide", "use");

    /** "tried to use its soil to attack a neighbour", "threatened to kill": an event that did not take place. */
    private static boolean irrealis(ParsedSentence s, IndexedWord w) {
        boolean infinitive = s.children(w, "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("to"));
        if (!infinitive) {
            return false;
        }
        var up = s.parentEdge(w);
        if (up == null) {
            return false;
        }
        String r = up.getRelation().toString();
        return r.startsWith("advcl") || r.equals("xcomp") && INTENT.contains(up.getGovernor().lemma().toLowerCase());
    }

    private static boolean refused(ParsedSentence s, IndexedWord w) {
        var up = s.parentEdge(w);
        if (up != null && Set.of("refuse", "decline", "reject").contains(up.getGovernor().lemma().toLowerCase())) {
            return true;
        }
        return s.children(w, "advmod").stream().anyMatch(a -> Set.of("not", "never", "n't").contains(a.word().toLowerCase()));
    }

    private boolean victimsAreCivilians(ParsedSentence s, IndexedWord w) {
        List<IndexedWord> objs = new ArrayList<>(s.children(w, "obj"));
        objs.addAll(s.children(w, "nsubj:pass"));
        objs.addAll(s.children(w, "nmod:of"));
        for (IndexedWord o : objs) {
            if (CIVILIANS.contains(o.lemma().toLowerCase())) {
                return true;
            }
            for (IndexedWord a : s.children(o, "amod")) {
                if (a.lemma().equalsIgnoreCase("civilian")) {
                    return true;
                }
            }
        }
        return false;
    }
}
