package org.conflictgraph.extraction.internal.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.conflictgraph.extraction.ArticleExtraction.Actor;
import org.conflictgraph.extraction.ArticleExtraction.Place;
import org.conflictgraph.extraction.internal.nlp.Entities;
import org.conflictgraph.extraction.internal.nlp.EntityKind;
import org.conflictgraph.extraction.internal.nlp.Mention;

/** Turns a phrase head of the parse into the entity names its noun phrase refers to. */
final class EntityNames {

    /** Relations inside a noun phrase that may carry the entity (not clauses). */
    private static final Set<String> NP_RELATIONS = Set.of("compound", "amod", "nmod", "appos", "flat", "nmod:poss",
            "nmod:of", "nmod:from", "nmod:in", "det", "nummod", "dep");

    final Entities entities;
    private final Map<String, String> placeKinds = new HashMap<>();
    private final Map<String, List<String>> actorFactions = new HashMap<>();

    EntityNames(Entities entities) {
        this.entities = entities;
        for (Place p : entities.places()) {
            placeKinds.put(p.name(), p.kind());
        }
        for (Actor a : entities.actors()) {
            actorFactions.put(a.name(), a.factions());
        }
    }

    Optional<Mention> at(ParsedSentence s, int token) {
        return entities.at(s.index, token);
    }

    boolean isCountry(Mention m) {
        return m.kind() == EntityKind.PLACE && "COUNTRY".equals(placeKinds.get(m.entityName()));
    }

    List<String> factionsOf(String actorName) {
        return actorFactions.getOrDefault(actorName, List.of());
    }

    /**
     * Mentions of the noun phrase headed by {@code head}: the head's own mention, else mentions among its
     * modifiers (compound, amod, nmod... up to two levels); conjuncts ("Houthis and Iran") are added too.
     */
    List<Mention> of(ParsedSentence s, IndexedWord head) {
        List<Mention> out = new ArrayList<>();
        addPhrase(s, head, out);
        for (IndexedWord c : s.children(head, "conj")) {
            addPhrase(s, c, out);
        }
        return out;
    }

    private void addPhrase(ParsedSentence s, IndexedWord head, List<Mention> out) {
        Optional<Mention> m = at(s, ParsedSentence.tok(head));
        if (m.isPresent()) {
            add(out, m.get());
            return;
        }
        List<Mention> found = new ArrayList<>();
        search(s, head, found, 0);
        // "members of Ansarul Islam", "Russia's defence ministry": the modifier names the party
        for (Mention f : found) {
            add(out, f);
        }
    }

    private void search(ParsedSentence s, IndexedWord w, List<Mention> found, int depth) {
        if (depth >= 2) {
            return;
        }
        for (SemanticGraphEdge e : s.outgoing(w)) {
            String rel = e.getRelation().toString();
            String base = rel.contains(":") && !rel.startsWith("nmod") ? rel.substring(0, rel.indexOf(':')) : rel;
            if (!(NP_RELATIONS.contains(rel) || NP_RELATIONS.contains(base) || rel.startsWith("nmod"))) {
                continue;
            }
            if (rel.startsWith("conj")) {
                continue;
            }
            IndexedWord d = e.getDependent();
            Optional<Mention> m = at(s, ParsedSentence.tok(d));
            if (m.isPresent()) {
                add(found, m.get());
            } else {
                search(s, d, found, depth + 1);
            }
        }
    }

    private static void add(List<Mention> out, Mention m) {
        for (Mention o : out) {
            if (o.entityName().equals(m.entityName())) {
                return;
            }
        }
        out.add(m);
    }
}
