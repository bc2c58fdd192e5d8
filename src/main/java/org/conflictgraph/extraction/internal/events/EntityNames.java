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
import org.conflictgraph.extraction.ArticleExtraction.Faction;
import org.conflictgraph.extraction.ArticleExtraction.Place;
import org.conflictgraph.extraction.ArticleExtraction.Relation;
import org.conflictgraph.extraction.internal.lexicon.Gazetteer;
import org.conflictgraph.extraction.internal.nlp.Entities;
import org.conflictgraph.extraction.internal.nlp.EntityKind;
import org.conflictgraph.extraction.internal.nlp.Mention;

/** Turns a phrase head of the parse into the entity names its noun phrase refers to. */
final class EntityNames {

    /** Relations inside a noun phrase that may carry the entity (not clauses). */
    private static final Set<String> NP_RELATIONS = Set.of("compound", "amod", "nmod", "appos", "flat", "nmod:poss",
            "nmod:of", "nmod:from", "nmod:in", "det", "nummod", "dep");

    /** Nouns naming a person by office or role: the phrase refers to that person, not the group it names. */
    static final Set<String> ROLE_NOUNS = Set.of("leader", "chief", "commander", "head", "deputy", "founder",
            "spokesman", "spokeswoman", "spokesperson", "emir", "envoy", "minister", "president", "general",
            "official", "governor", "mayor", "son", "brother", "wife", "aide", "lieutenant");

    final Entities entities;
    private final Map<String, String> placeKinds = new HashMap<>();
    private final Map<String, List<String>> actorFactions = new HashMap<>();
    /** One- and two-word names and aliases of the listed entities (ambiguous ones left out). */
    private final Map<String, Mention> surface = new HashMap<>();
    private final Set<String> ambiguous = new java.util.HashSet<>();

    private void index(String name, List<String> aliases, EntityKind kind) {
        List<String> all = new ArrayList<>(aliases);
        all.add(name);
        for (String a : all) {
            String key = a.replaceFirst("^(?i)the ", "").strip();
            if (key.isEmpty() || key.split(" ").length > 2 || !Character.isUpperCase(key.charAt(0))) {
                continue;
            }
            Mention prior = surface.get(key);
            if (prior != null && !prior.entityName().equals(name) || ambiguous.contains(key)) {
                ambiguous.add(key);
                surface.remove(key);
                continue;
            }
            surface.put(key, new Mention(-1, 0, 0, 0, 0, name, kind));
        }
    }

    EntityNames(Entities entities) {
        this.entities = entities;
        for (Place p : entities.places()) {
            placeKinds.put(p.name(), p.kind());
        }
        for (Actor a : entities.actors()) {
            actorFactions.put(a.name(), a.factions());
            index(a.name(), a.aliases(), EntityKind.ACTOR);
        }
        for (Faction f : entities.factions()) {
            index(f.name(), f.aliases(), EntityKind.FACTION);
        }
        for (Place p : entities.places()) {
            index(p.name(), p.aliases(), EntityKind.PLACE);
        }
    }

    /**
     * The party a demonym stands for when entity extraction left it unnamed ("Israeli shelling", "Russian
     * troops"): a faction of the article named after that country (its armed forces for violence, else its
     * government), else the country when the article lists it as a place.
     */
    Optional<String> forDemonym(String word, boolean violent) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        Optional<String> country;
        try {
            country = Gazetteer.shared().countryOfDemonym(word);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (country.isEmpty()) {
            return Optional.empty();
        }
        String c = country.get().toLowerCase(java.util.Locale.ROOT);
        String d = word.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestScore = 0;
        for (Faction f : entities.factions()) {
            List<String> all = new ArrayList<>(f.aliases());
            all.add(f.name());
            boolean about = all.stream().map(x -> x.toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(x -> x.startsWith(d + " ") || x.startsWith(c + " ") || x.equals(c) || x.equals(d));
            if (!about) {
                continue;
            }
            int score = 1 + (violent && "STATE_FORCE".equals(f.kind()) ? 2 : 0) + (!violent && "GOVERNMENT".equals(f.kind()) ? 2 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = f.name();
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        for (Place p : entities.places()) {
            if (p.name().equalsIgnoreCase(country.get()) || p.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(country.get()))) {
                return Optional.of(p.name());
            }
        }
        return Optional.empty();
    }

    Optional<Mention> at(ParsedSentence s, int token) {
        Optional<Mention> m = entities.at(s.index, token);
        if (m.isPresent()) {
            return m;
        }
        // a later mention entity extraction did not mark: the exact name or alias of a listed entity
        String w = s.word(token);
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return Optional.empty();
        }
        if (token + 1 < s.tokens.size()) {
            Mention two = surface.get(w + " " + s.word(token + 1));
            if (two != null) {
                return Optional.of(new Mention(s.index, token, token + 2, s.charStart(token), s.charEnd(token + 1),
                        two.entityName(), two.kind()));
            }
        }
        if (token > 0) {
            Mention two = surface.get(s.word(token - 1) + " " + w);
            if (two != null) {
                return Optional.of(new Mention(s.index, token - 1, token + 1, s.charStart(token - 1), s.charEnd(token),
                        two.entityName(), two.kind()));
            }
        }
        Mention one = surface.get(w);
        return one == null ? Optional.empty()
                : Optional.of(new Mention(s.index, token, token + 1, s.charStart(token), s.charEnd(token),
                one.entityName(), one.kind()));
    }

    /** The person mentioned last before {@code token}, in this sentence or the one before it. */
    Optional<Mention> personBefore(ParsedSentence s, int token) {
        return personBefore(s, token, 1);
    }

    /** The person mentioned last before {@code token}, in this sentence or the {@code sentencesBack} before it. */
    Optional<Mention> personBefore(ParsedSentence s, int token, int sentencesBack) {
        Mention best = null;
        for (Mention m : entities.mentions()) {
            if (m.kind() != EntityKind.ACTOR || m.sentence() < s.index - sentencesBack || m.sentence() > s.index
                    || m.sentence() == s.index && m.beginToken() >= token) {
                continue;
            }
            if (best == null || m.sentence() > best.sentence()
                    || m.sentence() == best.sentence() && m.beginToken() > best.beginToken()) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
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
        if (ROLE_NOUNS.contains(head.lemma().toLowerCase(java.util.Locale.ROOT)) && at(s, ParsedSentence.tok(head)).isEmpty()) {
            rolePhrase(s, head, out);
        } else {
            addPhrase(s, head, out);
        }
        for (IndexedWord c : s.children(head, "conj")) {
            addPhrase(s, c, out);
        }
        return out;
    }

    /**
     * "the Taliban leader", "Rasool's deputy Dadullah": a person named by office. The person's own name when
     * the phrase gives it, else the leader the article's relations give for that group; never the group itself.
     */
    private void rolePhrase(ParsedSentence s, IndexedWord head, List<Mention> out) {
        List<Mention> found = new ArrayList<>();
        for (SemanticGraphEdge e : s.outgoing(head)) {
            String r = e.getRelation().toString();
            if (r.equals("appos") || r.equals("compound") || r.equals("flat") || r.equals("dep")) {
                at(s, ParsedSentence.tok(e.getDependent())).filter(m -> m.kind() == EntityKind.ACTOR).ifPresent(found::add);
            }
        }
        SemanticGraphEdge up = s.parentEdge(head);
        if (found.isEmpty() && up != null && (up.getRelation().toString().equals("compound")
                || up.getRelation().toString().equals("appos"))) {
            // "elected leader Mullah Akhtar Mansour": the title modifies the named person
            at(s, ParsedSentence.tok(up.getGovernor())).filter(m -> m.kind() == EntityKind.ACTOR).ifPresent(found::add);
        }
        if (!found.isEmpty()) {
            found.forEach(m -> add(out, m));
            return;
        }
        if (!head.lemma().equalsIgnoreCase("leader") && !head.lemma().equalsIgnoreCase("chief")
                && !head.lemma().equalsIgnoreCase("head") && !head.lemma().equalsIgnoreCase("emir")) {
            return;
        }
        List<Mention> groups = new ArrayList<>();
        search(s, head, groups, 0);
        for (Mention g : groups) {
            if (g.kind() != EntityKind.FACTION) {
                continue;
            }
            for (Relation rel : entities.relations()) {
                if ("LEADS".equals(rel.type()) && g.entityName().equals(rel.to()) && !Boolean.TRUE.equals(rel.ended())) {
                    add(out, new Mention(s.index, ParsedSentence.tok(head), ParsedSentence.tok(head) + 1, 0, 0,
                            rel.from(), EntityKind.ACTOR));
                    return;
                }
            }
        }
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
        if (found.isEmpty()) {
            definitePlace(s, head).ifPresent(p -> add(out, p));
        }
        SemanticGraphEdge up = s.parentEdge(head);
        if (found.isEmpty() && up != null && up.getRelation().toString().equals("compound")) {
            // "elected leader Mullah Akhtar Mansour": the title noun stands for the named head it modifies
            at(s, ParsedSentence.tok(up.getGovernor())).ifPresent(p -> add(out, p));
        }
    }

    /** "the town", "the besieged city": the settlement named last. */
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("town", "city", "village");
    private static final Set<String> SETTLEMENT_KINDS = Set.of("CITY", "VILLAGE", "DISTRICT");

    /** Common nouns that end the names of places ("al-Ahli Arab Hospital", "T4 air base", "Kabul airport"). */
    private static final Set<String> PLACE_HEADS = Set.of("hospital", "base", "airport", "airbase", "university",
            "college", "school", "church", "mosque", "cathedral", "market", "camp", "prison", "bridge", "port",
            "harbour", "dam", "refinery", "facility", "plant", "field", "station", "square", "embassy", "compound",
            "palace", "stadium", "valley", "mountain", "river", "junction", "crossing", "checkpoint", "hotel");

    /**
     * "the hospital", "the base": a definite common noun that ends the name of a place told earlier in the
     * article stands for that place (the latest one told, when several share the noun).
     */
    private Optional<Mention> definitePlace(ParsedSentence s, IndexedWord head) {
        String lemma = head.lemma() == null ? "" : head.lemma().toLowerCase(java.util.Locale.ROOT);
        boolean settlement = SETTLEMENT_NOUNS.contains(lemma);
        if (!PLACE_HEADS.contains(lemma) && !settlement || !"NN".equals(head.tag())
                || s.children(head, "det").stream().noneMatch(d -> d.word().equalsIgnoreCase("the")
                || d.word().equalsIgnoreCase("this") || d.word().equalsIgnoreCase("that"))
                || !settlement && !s.children(head, "amod").isEmpty() || !s.children(head, "compound").isEmpty()) {
            return Optional.empty();
        }
        Mention best = null;
        Map<String, Integer> told = new HashMap<>();
        if (settlement) {
            // "the city" is the story's city: the one told most often so far
            for (Mention m : entities.mentions()) {
                if (m.kind() == EntityKind.PLACE && m.sentence() <= s.index && SETTLEMENT_KINDS.contains(placeKinds.get(m.entityName()))) {
                    told.merge(m.entityName(), 1, Integer::sum);
                }
            }
        }
        for (Mention m : entities.mentions()) {
            if (m.kind() != EntityKind.PLACE || m.sentence() > s.index
                    || m.sentence() == s.index && m.beginToken() >= ParsedSentence.tok(head)) {
                continue;
            }
            String[] words = m.entityName().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+");
            boolean fits = settlement ? SETTLEMENT_KINDS.contains(placeKinds.get(m.entityName()))
                    : words.length > 1 && words[words.length - 1].equals(lemma);
            int count = told.getOrDefault(m.entityName(), 0);
            int bestCount = best == null ? -1 : told.getOrDefault(best.entityName(), 0);
            if (fits && (best == null || count > bestCount || count == bestCount && (m.sentence() > best.sentence()
                    || m.sentence() == best.sentence() && m.beginToken() > best.beginToken()))) {
                best = m;
            }
        }
        int tok = ParsedSentence.tok(head);
        return best == null ? Optional.empty() : Optional.of(new Mention(s.index, tok, tok + 1, s.charStart(tok),
                s.charEnd(tok), best.entityName(), EntityKind.PLACE));
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
