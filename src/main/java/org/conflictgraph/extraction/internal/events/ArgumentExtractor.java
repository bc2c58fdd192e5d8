package org.conflictgraph.extraction.internal.events;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.conflictgraph.extraction.internal.nlp.EntityKind;
import org.conflictgraph.extraction.internal.nlp.Mention;

/**
 * Perpetrators, victims, participants and place of an event mention, from the dependency relations of its
 * trigger (subject of an active verb, agent of a passive, object, "attack on X", "killing of X", "in X").
 */
final class ArgumentExtractor {

    /** Verbs whose subject carries out the event named by their object ("launched an attack"). */
    private static final Set<String> LIGHT_VERBS = Set.of("launch", "carry", "conduct", "mount", "stage", "claim",
            "perpetrate", "commit", "unleash", "wage", "order", "plan", "lead", "execute");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "his", "her", "him");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we", "their", "our", "its");

    /** The subject of the reporting verb whose reported clause holds {@code w}, or null. */
    private static IndexedWord tellerAbove(ParsedSentence s, IndexedWord w) {
        IndexedWord cur = w;
        for (int i = 0; i < 6; i++) {
            SemanticGraphEdge up = s.parentEdge(cur);
            if (up == null) {
                return null;
            }
            IndexedWord gov = up.getGovernor();
            if (up.getRelation().toString().startsWith("ccomp") && gov.tag() != null && gov.tag().startsWith("VB")
                    && gov.lemma() != null && CueLexicon.shared().reportingStance(gov.lemma().toLowerCase()) != null) {
                List<IndexedWord> subj = s.childrenExact(gov, "nsubj");
                return subj.isEmpty() ? null : subj.get(0);
            }
            cur = gov;
        }
        return null;
    }

    /** Prepositions that introduce where an event happened. */
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "into", "outside", "inside", "around",
            "across", "throughout", "on", "from", "to", "towards", "toward", "through", "along", "within", "over");
    /** Nouns naming a death whose possessor is the victim ("his death", "Mansour's execution"). */
    private static final Set<String> POSSESSOR_IS_VICTIM = Set.of("death", "execution", "assassination", "murder",
            "killing", "arrest", "detention", "election", "appointment", "capture", "withdrawal", "defection", "dead");

    private final EntityNames names;

    ArgumentExtractor(EntityNames names) {
        this.names = names;
    }

    void fill(EventMention m, IndexedWord t) {
        ParsedSentence s = m.sentence;
        String objRole = m.sense.objectRole();
        boolean noun = s.tag(m.trigger).startsWith("NN");
        if (!noun) {
            boolean passive = s.isPassive(t);
            List<IndexedWord> subjects = s.childrenExact(t, "nsubj");
            subjects.addAll(s.childrenExact(t, "nsubj:xsubj"));
            if (subjects.isEmpty() && !passive) {
                subjects = inheritedSubjects(s, t);
            }
            for (IndexedWord subj : subjects) {
                SemanticGraphEdge rel = s.parentEdge(t);
                if (subj.tag() != null && subj.tag().startsWith("W") && rel != null
                        && rel.getRelation().toString().startsWith("acl:relcl")) {
                    subj = rel.getGovernor(); // "the Taliban, which concealed the death": the antecedent acts
                }
                assign(m, s, subj, objRole.equals("subject-victim") ? "victim" : "perpetrator");
            }
            for (IndexedWord o : s.children(t, "nsubj:pass")) {
                assign(m, s, o, roleOfObject(objRole));
            }
            for (IndexedWord a : s.children(t, "obl:agent")) {
                assign(m, s, a, "perpetrator");
            }
            if (passive) {
                for (IndexedWord a : s.children(t, "obl:by")) {
                    assign(m, s, a, "perpetrator");
                }
            }
            for (IndexedWord o : s.childrenExact(t, "obj")) {
                assign(m, s, o, roleOfObject(objRole));
                // "pledged loyalty to al-Qaeda", "declared allegiance to ISIS"
                for (SemanticGraphEdge e : s.outgoing(o)) {
                    String r = e.getRelation().toString();
                    if (r.equals("nmod:to") || r.equals("nmod:with")) {
                        assign(m, s, e.getDependent(), "participant");
                    }
                }
            }
            obliques(m, s, t, false);
            accusedParty(m, s, t);
            SemanticGraphEdge up = s.parentEdge(t);
            if (up != null && (up.getRelation().toString().equals("amod") || up.getRelation().toString().equals("acl"))
                    && "VBN".equals(t.tag())) {
                // "the Taliban's elected leader Mansour", "civilians killed in Bucha": the noun undergoes the event
                assign(m, s, up.getGovernor(), roleOfObject(objRole));
                if (m.type.equals("LEADERSHIP_CHANGE")) {
                    for (IndexedWord p : s.children(up.getGovernor(), "nmod:poss")) {
                        assign(m, s, p, "perpetrator");
                    }
                }
            }
        } else {
            nominal(m, s, t);
        }
        if (m.place == null) {
            firstPlaceInClause(m, s, t);
        }
    }

    private void nominal(EventMention m, ParsedSentence s, IndexedWord t) {
        String objRole = m.sense.objectRole();
        boolean hasOf = s.hasChild(t, "nmod:of");
        for (IndexedWord p : s.children(t, "nmod:poss")) {
            boolean victimPossessor = POSSESSOR_IS_VICTIM.contains(t.lemma().toLowerCase()) && !hasOf;
            assign(m, s, p, victimPossessor ? roleOfObject(objRole) : "perpetrator");
        }
        for (SemanticGraphEdge e : s.outgoing(t)) {
            String r = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (r.equals("compound") || r.equals("amod")) {
                List<Mention> ms = names.of(s, d);
                if (ms.isEmpty()) {
                    names.forDemonym(d.word(), isViolent(m.type)).ifPresent(n -> EventMention.addName(m.perpetrators, n));
                }
                for (Mention mm : ms) {
                    if (mm.kind() == EntityKind.PLACE && !names.isCountry(mm)) {
                        if (m.place == null) {
                            m.place = mm.entityName();
                        }
                    } else {
                        EventMention.addName(m.perpetrators, mm.entityName());
                    }
                }
            } else if (r.equals("nmod:of")) {
                assign(m, s, d, roleOfObject(objRole));
            } else if (r.equals("nmod:by") || r.equals("nmod:agent")) {
                assign(m, s, d, "perpetrator");
            } else if (r.equals("nmod:between")) {
                assign(m, s, d, m.type.equals("CLASH") ? "perpetrator" : "participant");
            }
        }
        obliques(m, s, t, true);
        placeOfGoverningVerb(m, s, t);
        responsibility(m, s, t);
        // "launched an attack", "carried out the bombing", "claimed the attacks": the doer is the verb's subject
        SemanticGraphEdge up = s.parentEdge(t);
        if (up != null && m.perpetrators.isEmpty()) {
            String r = up.getRelation().toString();
            IndexedWord gov = up.getGovernor();
            if ((r.equals("obj") || r.startsWith("obl:for")) && LIGHT_VERBS.contains(gov.lemma().toLowerCase())) {
                for (IndexedWord subj : s.childrenExact(gov, "nsubj")) {
                    assign(m, s, subj, "perpetrator");
                }
            }
            // "claimed responsibility for the attack"
            if (r.equals("nmod:for") && gov.lemma().equalsIgnoreCase("responsibility")) {
                SemanticGraphEdge up2 = s.parentEdge(gov);
                if (up2 != null) {
                    for (IndexedWord subj : s.childrenExact(up2.getGovernor(), "nsubj")) {
                        assign(m, s, subj, "perpetrator");
                    }
                }
            }
        }
        accusedParty(m, s, t);
    }

    /**
     * "an explosion tore through the grounds of the hospital", "the blast hit a market in Kabul": an event noun
     * that is the subject of a verb of impact happened where that verb's place phrase says.
     */
    private void placeOfGoverningVerb(EventMention m, ParsedSentence s, IndexedWord t) {
        SemanticGraphEdge up = s.parentEdge(t);
        if (m.place != null || up == null || !up.getRelation().toString().equals("nsubj")) {
            return;
        }
        IndexedWord verb = up.getGovernor();
        if (verb.tag() == null || !verb.tag().startsWith("VB") || CueLexicon.shared().reportingStance(verb.lemma().toLowerCase()) != null) {
            return;
        }
        for (SemanticGraphEdge e : s.outgoing(verb)) {
            String r = e.getRelation().toString();
            boolean placeCase = r.startsWith("obl:") && PLACE_CASES.contains(r.substring(r.indexOf(':') + 1));
            if (placeCase || r.equals("obj")) {
                for (Mention mm : names.of(s, e.getDependent())) {
                    if (mm.kind() == EntityKind.PLACE && m.place == null && !names.isCountry(mm)) {
                        m.place = mm.entityName();
                    }
                }
            }
        }
    }

    /** "blamed X for the attack", "accused X of killing civilians": X is the accused perpetrator. */
    private void accusedParty(EventMention m, ParsedSentence s, IndexedWord t) {
        SemanticGraphEdge up = s.parentEdge(t);
        if (up == null || !m.perpetrators.isEmpty()) {
            return;
        }
        String gl = up.getGovernor().lemma().toLowerCase();
        if ((gl.equals("blame") || gl.equals("accuse") || gl.equals("hold")) && up.getRelation().toString().startsWith("obl")
                || gl.equals("accuse") && up.getRelation().toString().startsWith("advcl")) {
            for (IndexedWord o : s.childrenExact(up.getGovernor(), "obj")) {
                assign(m, s, o, "perpetrator");
            }
        }
    }

    /** "the assault was the work of X", "X was behind the attack", "X was responsible for the attack". */
    private void responsibility(EventMention m, ParsedSentence s, IndexedWord t) {
        SemanticGraphEdge up = s.parentEdge(t);
        if (up != null && up.getRelation().toString().startsWith("nsubj")) {
            IndexedWord pred = up.getGovernor();
            String pl = pred.lemma().toLowerCase();
            if (pl.equals("work") || pl.equals("handiwork") || pl.equals("doing")) {
                for (IndexedWord x : s.children(pred, "nmod:of")) {
                    assign(m, s, x, "perpetrator");
                }
            }
        }
        if (s.children(t, "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("behind"))) {
            for (IndexedWord x : s.childrenExact(t, "nsubj")) {
                assign(m, s, x, "perpetrator");
            }
        }
        if (up != null && up.getRelation().toString().equals("obl:for")
                && up.getGovernor().lemma().equalsIgnoreCase("responsible")) {
            for (IndexedWord x : s.childrenExact(up.getGovernor(), "nsubj")) {
                assign(m, s, x, "perpetrator");
            }
        }
    }

    /** Prepositional dependents of a trigger: on/against (victim), with (participant), from/to, place cases. */
    private void obliques(EventMention m, ParsedSentence s, IndexedWord t, boolean noun) {
        for (SemanticGraphEdge e : s.outgoing(t)) {
            String r = e.getRelation().toString();
            if (!(r.startsWith("obl:") || noun && r.startsWith("nmod:"))) {
                continue;
            }
            String prep = r.substring(r.indexOf(':') + 1);
            IndexedWord d = e.getDependent();
            switch (prep) {
                case "on", "against", "upon" -> {
                    if (isViolent(m.type)) {
                        assign(m, s, d, "victim");
                        continue;
                    }
                }
                case "with" -> {
                    if (Set.of("CLASH", "NEGOTIATION", "ALLEGIANCE", "SPLIT").contains(m.type)) {
                        assign(m, s, d, "participant");
                        continue;
                    }
                }
                case "from" -> {
                    if (m.type.equals("SPLIT")) {
                        assign(m, s, d, "participant");
                        continue;
                    }
                }
                case "to" -> {
                    if (m.type.equals("ALLEGIANCE") || m.type.equals("NEGOTIATION")) {
                        assign(m, s, d, "participant");
                        continue;
                    }
                }
                default -> {
                }
            }
            if (PLACE_CASES.contains(prep)) {
                for (Mention mm : names.of(s, d)) {
                    if (mm.kind() == EntityKind.PLACE && m.place == null) {
                        m.place = mm.entityName();
                    }
                }
            }
        }
    }

    /** Subject of a verb that has none of its own: shared with the verb it is conjoined to or depends on. */
    private List<IndexedWord> inheritedSubjects(ParsedSentence s, IndexedWord t) {
        IndexedWord cur = t;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge up = s.parentEdge(cur);
            if (up == null) {
                break;
            }
            String r = up.getRelation().toString();
            IndexedWord gov = up.getGovernor();
            if (r.startsWith("acl") && !r.equals("acl:relcl")) {
                return List.of(gov);
            }
            if (!(r.startsWith("conj") || r.equals("xcomp") || r.startsWith("advcl"))) {
                break;
            }
            List<IndexedWord> subj = s.childrenExact(gov, "nsubj");
            if (!subj.isEmpty()) {
                return subj;
            }
            cur = gov;
        }
        return List.of();
    }

    private static String roleOfObject(String objRole) {
        return switch (objRole) {
            case "participant" -> "participant";
            case "perpetrator" -> "perpetrator";
            case "none" -> "none";
            default -> "victim";
        };
    }

    private void assign(EventMention m, ParsedSentence s, IndexedWord head, String role) {
        if (role.equals("none")) {
            for (Mention mm : names.of(s, head)) {
                if (mm.kind() == EntityKind.PLACE && m.place == null) {
                    m.place = mm.entityName();
                }
            }
            return;
        }
        List<Mention> found = names.of(s, head);
        SemanticGraphEdge headRel = s.parentEdge(head);
        if (found.isEmpty() && GROUP_PRONOUNS.contains(head.word().toLowerCase()) && headRel != null
                && (headRel.getRelation().toString().equals("nsubj") || headRel.getRelation().toString().equals("nmod:poss"))) {
            // "the Houthis said they had carried out the attack": "they" is who says so
            IndexedWord teller = tellerAbove(s, head);
            if (teller != null) {
                found = names.of(s, teller);
            }
        }
        if (found.isEmpty() && PERSONAL_PRONOUNS.contains(head.word().toLowerCase())) {
            // "he", "his pledge": the person named last, in this sentence or the one before
            names.personBefore(s, ParsedSentence.tok(head)).ifPresent(found::add);
        }
        if (found.isEmpty() && head.word().equalsIgnoreCase("it") && m.place == null) {
            // "passed close to the hospital at the moment it was hit": "it" is the place told just before
            for (int x = ParsedSentence.tok(head) - 1; x >= 0; x--) {
                var place = names.at(s, x).filter(p -> p.kind() == EntityKind.PLACE);
                if (place.isEmpty()) {
                    var node = s.node(x).orElse(null);
                    place = node == null ? java.util.Optional.empty()
                            : names.of(s, node).stream().filter(p -> p.kind() == EntityKind.PLACE).findFirst();
                }
                if (place.isPresent()) {
                    m.place = place.get().entityName();
                    return;
                }
            }
        }
        if (found.isEmpty()) {
            for (IndexedWord a : s.children(head, "amod")) {
                var party = names.forDemonym(a.word(), isViolent(m.type));
                if (party.isPresent()) {
                    switch (role) {
                        case "perpetrator" -> EventMention.addName(m.perpetrators, party.get());
                        case "participant" -> EventMention.addName(m.participants, party.get());
                        default -> EventMention.addName(m.victims, party.get());
                    }
                }
            }
        }
        for (Mention mm : found) {
            if (mm.kind() == EntityKind.PLACE && !names.isCountry(mm)) {
                if (m.place == null) {
                    m.place = mm.entityName();
                }
                continue;
            }
            switch (role) {
                case "perpetrator" -> EventMention.addName(m.perpetrators, mm.entityName());
                case "participant" -> EventMention.addName(m.participants, mm.entityName());
                default -> EventMention.addName(m.victims, mm.entityName());
            }
        }
    }

    /**
     * Fallback place: the first place named inside the trigger's own phrase or clause, leaving out the phrases
     * of its parties ("rebels in Yemen" says where the rebels are, not where the event was).
     */
    private void firstPlaceInClause(EventMention m, ParsedSentence s, IndexedWord t) {
        java.util.Set<Integer> partyTokens = new java.util.HashSet<>();
        for (SemanticGraphEdge e : s.outgoing(t)) {
            String r = e.getRelation().toString();
            if (r.startsWith("nsubj") || r.equals("obl:agent") || r.startsWith("ccomp") || r.startsWith("advcl")
                    || r.startsWith("acl") || r.startsWith("conj") || r.startsWith("parataxis") || r.equals("nmod:poss")) {
                partyTokens.addAll(s.subtree(e.getDependent(), 200));
            }
        }
        for (int tok : s.subtree(t, 200)) {
            var n = s.node(tok).orElse(null);
            var e = n == null ? null : s.parentEdge(n);
            if (e != null && e.getRelation().toString().startsWith("acl") && !n.equals(t)) {
                partyTokens.addAll(s.subtree(n, 200)); // relative clauses describe a party, not the event
            }
        }
        for (int tok : s.subtree(t, 200)) {
            if (partyTokens.contains(tok)) {
                continue;
            }
            var mm = names.at(s, tok);
            if (mm.isPresent() && mm.get().kind() == EntityKind.PLACE && !m.actorNames().contains(mm.get().entityName())) {
                m.place = mm.get().entityName();
                return;
            }
        }
    }

    static boolean isViolent(String type) {
        return Set.of("ATTACK", "CLASH", "KILLING", "BOMBING", "VIOLENCE_AGAINST_CIVILIANS").contains(type);
    }
}
