package org.conflictgraph.extraction.internal.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.conflictgraph.extraction.internal.nlp.EntityKind;

/**
 * Relations read off the dependency parse: role nouns attached to a person by apposition, copula or compound
 * ("X, the leader of Y", "Y's leader X", "Taliban leader X", "X is the head of Y"), offices before names
 * ("Russian Foreign Minister X"), verbs and adjectives between groups ("allied with", "fought", "loyal to",
 * "active in", "split from"), group role nouns ("the Islamic State affiliate", "an offshoot of"), hyphenated
 * modifiers ("Iran-backed", "al-Qaeda-linked") and descriptive groups ("a breakaway faction led by X",
 * "fighters loyal to Y"). "former"/"late"/"previous" mark a relation as ended.
 */
final class RelationExtractor {

    private static final Set<String> ENDED_MODIFIERS = Set.of("former", "late", "previous", "ex", "then", "slain",
            "deposed", "ousted", "erstwhile", "onetime", "one-time", "founding");
    private static final Set<String> DEPUTY_MODIFIERS = Set.of("deputy", "vice", "assistant", "acting", "second");

    private static final Map<String, String> GROUP_ROLE_NOUNS = Map.ofEntries(
            Map.entry("affiliate", "AFFILIATE_OF"), Map.entry("branch", "AFFILIATE_OF"),
            Map.entry("franchise", "AFFILIATE_OF"), Map.entry("wing", "AFFILIATE_OF"), Map.entry("arm", "AFFILIATE_OF"),
            Map.entry("proxy", "AFFILIATE_OF"), Map.entry("mouthpiece", "AFFILIATE_OF"),
            Map.entry("outlet", "AFFILIATE_OF"), Map.entry("channel", "AFFILIATE_OF"), Map.entry("agency", "AFFILIATE_OF"),
            Map.entry("offshoot", "SPLINTER_OF"), Map.entry("splinter", "SPLINTER_OF"),
            Map.entry("ally", "ALLIED_WITH"), Map.entry("partner", "ALLIED_WITH"),
            Map.entry("rival", "RIVAL_OF"), Map.entry("enemy", "RIVAL_OF"), Map.entry("foe", "RIVAL_OF"),
            Map.entry("adversary", "RIVAL_OF"), Map.entry("member", "MEMBER_OF"), Map.entry("part", "MEMBER_OF"),
            Map.entry("component", "MEMBER_OF"), Map.entry("faction", "MEMBER_OF"));

    private static final Map<String, String> VERB_CUES = Map.ofEntries(
            Map.entry("fight", "RIVAL_OF"), Map.entry("battle", "RIVAL_OF"), Map.entry("clash", "RIVAL_OF"),
            Map.entry("attack", "RIVAL_OF"), Map.entry("ambush", "RIVAL_OF"), Map.entry("target", "RIVAL_OF"),
            Map.entry("raid", "RIVAL_OF"), Map.entry("shell", "RIVAL_OF"), Map.entry("storm", "RIVAL_OF"),
            Map.entry("overrun", "RIVAL_OF"), Map.entry("oppose", "RIVAL_OF"), Map.entry("combat", "RIVAL_OF"),
            Map.entry("war", "RIVAL_OF"), Map.entry("expel", "RIVAL_OF"), Map.entry("oust", "RIVAL_OF"),
            Map.entry("drive", "RIVAL_OF"), Map.entry("kill", "RIVAL_OF"), Map.entry("besiege", "RIVAL_OF"),
            Map.entry("ally", "ALLIED_WITH"), Map.entry("align", "ALLIED_WITH"), Map.entry("side", "ALLIED_WITH"),
            Map.entry("back", "ALLIED_WITH"), Map.entry("support", "ALLIED_WITH"), Map.entry("cooperate", "ALLIED_WITH"),
            Map.entry("coordinate", "ALLIED_WITH"), Map.entry("arm", "ALLIED_WITH"),
            Map.entry("join", "MEMBER_OF"), Map.entry("merge", "MEMBER_OF"),
            Map.entry("link", "AFFILIATE_OF"), Map.entry("affiliate", "AFFILIATE_OF"), Map.entry("tie", "AFFILIATE_OF"),
            Map.entry("split", "SPLINTER_OF"), Map.entry("break", "SPLINTER_OF"), Map.entry("defect", "SPLINTER_OF"),
            Map.entry("secede", "SPLINTER_OF"),
            Map.entry("operate", "OPERATES_IN"), Map.entry("active", "OPERATES_IN"), Map.entry("base", "OPERATES_IN"),
            Map.entry("control", "OPERATES_IN"), Map.entry("hold", "OPERATES_IN"), Map.entry("seize", "OPERATES_IN"),
            Map.entry("capture", "OPERATES_IN"), Map.entry("deploy", "OPERATES_IN"), Map.entry("occupy", "OPERATES_IN"),
            Map.entry("present", "OPERATES_IN"), Map.entry("station", "OPERATES_IN"), Map.entry("enter", "OPERATES_IN"),
            Map.entry("loyal", "LOYAL_TO"), Map.entry("pledge", "LOYAL_TO"), Map.entry("swear", "LOYAL_TO"),
            Map.entry("lead", "LEADS"), Map.entry("head", "LEADS"), Map.entry("found", "LEADS"), Map.entry("run", "LEADS"),
            Map.entry("command", "COMMANDS"));

    /** Hyphenated modifiers: "Iran-backed militia", "al-Qaeda-linked group". */
    private static final Map<String, String> HYPHEN_CUES = Map.of("backed", "ALLIED_WITH", "aligned", "ALLIED_WITH",
            "allied", "ALLIED_WITH", "supported", "ALLIED_WITH", "sponsored", "ALLIED_WITH", "linked", "AFFILIATE_OF",
            "affiliated", "AFFILIATE_OF", "inspired", "AFFILIATE_OF", "led", "LEADS_GROUP", "controlled", "CONTROLS");

    private static final Set<String> ARMED = Set.of("INSURGENT_GROUP", "TERRORIST_GROUP", "STATE_FORCE", "MILITIA", "TRIBE");

    private final ParsedText t;
    private final EntityTable table;
    private final FactionRecognizer factions;
    private final List<RelationDraft> out = new ArrayList<>();

    RelationExtractor(ParsedText t, EntityTable table, FactionRecognizer factions) {
        this.t = t;
        this.table = table;
        this.factions = factions;
    }

    List<RelationDraft> extract(List<PersonClusterer.PersonMention> personMentions) {
        for (PersonClusterer.PersonMention m : personMentions) {
            if (m.role() != null) {
                officeRole(m);
            }
        }
        for (int s = 0; s < t.sentenceCount(); s++) {
            SemanticGraph g = t.graph(s);
            if (g == null) {
                continue;
            }
            for (IndexedWord w : g.vertexSet()) {
                String lemma = lemma(w);
                if (negated(g, w)) {
                    continue;
                }
                if (Cues.ROLE_NOUNS.containsKey(lemma) && w.tag() != null && w.tag().startsWith("NN")) {
                    roleNoun(s, g, w, lemma);
                }
                if (GROUP_ROLE_NOUNS.containsKey(lemma) && w.tag() != null && w.tag().startsWith("NN")) {
                    groupRoleNoun(s, g, w, lemma);
                }
                if (VERB_CUES.containsKey(lemma) && w.tag() != null && (w.tag().startsWith("VB") || w.tag().startsWith("JJ")
                        || lemma.equals("war"))) {
                    verb(s, g, w, lemma);
                }
                if (w.word().contains("-") && !w.word().startsWith("-")) {
                    hyphenModifier(s, g, w);
                }
                if (lemma.equals("fighting") || lemma.equals("clash") || lemma.equals("battle") || lemma.equals("war")
                        || lemma.equals("rivalry") || lemma.equals("feud") || lemma.equals("conflict")) {
                    between(s, g, w);
                }
                if (w.tag() != null && w.tag().startsWith("NN")) {
                    locatedGroup(s, g, w);
                    if (HOSTILE_NOUNS.contains(lemma)) {
                        hostileNoun(s, g, w);
                    }
                }
                if (w.tag() != null && w.tag().startsWith("VB") && !SPEECH_VERBS.contains(lemma)) {
                    actsIn(s, g, w);
                }
            }
        }
        homeCountries();
        for (EntityRecord f : table.of(EntityKind.FACTION)) {
            if (f.loyalTo != null && !f.spans.isEmpty()) {
                EntityRecord leader = personNamed(f.loyalTo);
                if (leader != null) {
                    add("LOYAL_TO", f, leader, f.firstSpan().sentence(), 0.65, null);
                }
            }
        }
        for (EntityRecord[] pm : primeMinisters) {
            boolean president = out.stream().anyMatch(d -> d.type().equals("LEADS") && d.to() == pm[1] && d.from() != pm[0]);
            if (president) {
                out.replaceAll(d -> d.type().equals("LEADS") && d.from() == pm[0] && d.to() == pm[1]
                        ? new RelationDraft("MEMBER_OF", d.from(), d.to(), d.since(), d.until(), d.ended(), d.sentence(),
                        d.confidence()) : d);
            }
        }
        for (EntityRecord[] dep : pendingDeputies) {
            for (RelationDraft d : List.copyOf(out)) {
                if (d.from() == dep[1] && (d.type().equals("LEADS") || d.type().equals("MEMBER_OF"))
                        && d.to().kind == EntityKind.FACTION) {
                    add("MEMBER_OF", dep[0], d.to(), d.sentence(), 0.5, null);
                }
            }
        }
        return out;
    }

    /**
     * A known armed group whose home country (from the faction lexicon) the article names as a place operates
     * there: "al-Shabaab" in a story set in Somalia.
     */
    private void homeCountries() {
        for (EntityRecord f : table.of(EntityKind.FACTION)) {
            if (f.known == null || f.country == null || f.spans.isEmpty()
                    || !("INSURGENT_GROUP".equals(f.subKind) || "TERRORIST_GROUP".equals(f.subKind))) {
                continue;
            }
            for (EntityRecord p : table.of(EntityKind.PLACE)) {
                if ("COUNTRY".equals(p.subKind) && countryName(p).equals(f.country) && !p.spans.isEmpty()) {
                    add("OPERATES_IN", f, p, f.firstSpan().sentence(), 0.5, null);
                }
            }
        }
    }

    /** The person whose name contains the given name (a surname), the most mentioned if several. */
    private EntityRecord personNamed(String name) {
        String key = PersonClusterer.stem(name);
        EntityRecord best = null;
        for (EntityRecord r : table.of(EntityKind.ACTOR)) {
            boolean has = r.core.stream().anyMatch(c -> PersonClusterer.stem(c).equals(key));
            if (has && (best == null || r.spans.size() > best.spans.size())) {
                best = r;
            }
        }
        return best;
    }

    /** "not a branch of", "never allied with", "no longer leads". */
    private static boolean negated(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String d = e.getDependent().word().toLowerCase(Locale.ROOT);
            String rel = rel(e);
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && (d.equals("not") || d.equals("n't")
                    || d.equals("never") || d.equals("no") || d.equals("neither") || d.equals("nor"))) {
                return true;
            }
        }
        return false;
    }

    // ---- people and their roles

    /** Office written before the name: "US Secretary of State Mike Pompeo", "Taliban leader Mullah Omar". */
    private void officeRole(PersonClusterer.PersonMention m) {
        Optional<EntityRecord> person = table.at(m.span().sentence(), m.span().end() - 1).filter(r -> r.kind == EntityKind.ACTOR);
        if (person.isEmpty()) {
            return;
        }
        person.get().roles.add(m.role());
        int s = m.span().sentence();
        String[] words = m.role().split(" ");
        EntityRecord target = null;
        boolean subBody = false;
        for (int i = Math.max(0, m.roleBegin()); i < m.span().begin() && target == null; i++) {
            target = groupAt(s, i, true);
            for (int k = i + 1; target != null && k < m.span().begin(); k++) {
                // "UN human rights chief": a lower-case noun between the body and the office
                subBody |= t.tag(s, k).equals("NN") && !t.isCapitalised(s, k) && table.at(s, k).isEmpty();
            }
        }
        String lower = m.role().toLowerCase(Locale.ROOT);
        if (target == null && GOVERNMENT_OFFICE.matcher(lower).find()) {
            target = governmentNear(s);
        }
        if (target == null || target == person.get()) {
            return;
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        String type = lower.matches(".*\\b(president|king|queen|emir|sultan|supreme leader|prime minister|premier|chancellor)$")
                && !lower.matches(".*\\b(vice|deputy)\\b.*") ? "LEADS"
                : Cues.ROLE_NOUNS.getOrDefault(last, "MEMBER_OF");
        if (type.equals("DEPUTY_OF") && target.kind != EntityKind.ACTOR || subBody && type.equals("LEADS")) {
            type = "MEMBER_OF";
        }
        if (type.equals("LEADS") && lower.matches(".*\\b(prime minister|premier)$")) {
            primeMinisters.add(new EntityRecord[] {person.get(), target});
        }
        add(type, person.get(), target, s, 0.7, endedBy(lower));
    }

    /** A role noun tied to a person: apposition, copula, compound; its target from of/poss/compound/amod. */
    private void roleNoun(int s, SemanticGraph g, IndexedWord role, String lemma) {
        EntityRecord person = linkedEntity(s, g, role, EntityKind.ACTOR);
        if (person == null) {
            return;
        }
        String type = Cues.ROLE_NOUNS.get(lemma);
        boolean deputy = false;
        boolean subBody = false;
        Boolean ended = null;
        EntityRecord target = null;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(role)) {
            String rel = rel(e);
            IndexedWord d = e.getDependent();
            String dl = lemma(d);
            if (rel.equals("amod") || rel.equals("compound") || rel.equals("advmod")) {
                if (ENDED_MODIFIERS.contains(dl)) {
                    ended = true;
                }
                if (DEPUTY_MODIFIERS.contains(dl)) {
                    deputy = true;
                }
                // "human rights chief", "police chief": the person heads a part of the body, not the body
                if (rel.equals("compound") && d.tag() != null && d.tag().equals("NN") && !DEPUTY_MODIFIERS.contains(dl)
                        && table.at(s, d.index() - 1).isEmpty()) {
                    subBody = true;
                }
            }
            if (target == null && (rel.startsWith("nmod:of") || rel.startsWith("nmod:poss") || rel.equals("compound")
                    || rel.equals("amod") || rel.startsWith("nmod:for") || rel.startsWith("nmod:at")
                    || rel.startsWith("nmod:in") || rel.startsWith("nmod:with"))) {
                boolean direct = rel.startsWith("nmod:of") || rel.startsWith("nmod:poss") || rel.equals("compound")
                        || rel.equals("amod");
                EntityRecord cand = entityFor(s, g, d, direct);
                if (cand != null && cand != person && (cand.kind == EntityKind.FACTION || cand.kind == EntityKind.ACTOR)) {
                    target = cand;
                }
                if (cand == null && rel.startsWith("nmod:poss")) {
                    target = anaphor(s, g, d, role.index() - 1, person);
                }
            }
        }
        String roleText = roleText(s, g, role);
        if (roleText != null) {
            person.roles.add(roleText);
        }
        if (target == null) {
            return;
        }
        if (deputy && !type.equals("DEPUTY_OF")) {
            type = target.kind == EntityKind.ACTOR ? "DEPUTY_OF" : "MEMBER_OF";
        }
        if (subBody && (type.equals("LEADS") || type.equals("COMMANDS"))) {
            type = "MEMBER_OF";
        }
        if (type.equals("DEPUTY_OF") && target.kind != EntityKind.ACTOR) {
            type = "MEMBER_OF";
        }
        if (target.kind == EntityKind.ACTOR && !type.equals("DEPUTY_OF")) {
            return;
        }
        add(type, person, target, s, 0.75, ended);
        if (type.equals("DEPUTY_OF")) {
            EntityRecord member = person;
            for (String f : target.factions) {
                table.find(EntityKind.FACTION, f).ifPresent(fr -> add("MEMBER_OF", member, fr, s, 0.5, null));
            }
            pendingDeputies.add(new EntityRecord[] {person, target});
        }
    }

    /** Deputies share their principal's groups, known only once every relation is read. */
    private final List<EntityRecord[]> pendingDeputies = new ArrayList<>();

    /**
     * The entity of the wanted kind a role noun is said of: by apposition or dep in either direction, as compound
     * of the name ("Taliban leader Mullah Omar"), as copula predicate ("X is the leader"), by a relative clause, or
     * simply written right before the name.
     */
    private EntityRecord linkedEntity(int s, SemanticGraph g, IndexedWord role, EntityKind kind) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(role)) {
            String rel = rel(e);
            if (rel.equals("appos") || rel.equals("compound") || rel.equals("dep") || rel.startsWith("acl")) {
                EntityRecord r = at(s, e.getGovernor(), kind);
                if (r != null) {
                    return r;
                }
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(role)) {
            String rel = rel(e);
            if (rel.equals("appos") || rel.equals("dep") || rel.startsWith("nsubj") && hasCopula(g, role)) {
                EntityRecord r = at(s, e.getDependent(), kind);
                if (r != null) {
                    return r;
                }
            }
        }
        int next = role.index();
        if (next < t.tokens(s).size()) {
            EntityRecord r = table.at(s, next).filter(x -> x.kind == kind).orElse(null);
            if (r != null && r.spans.stream().anyMatch(sp -> sp.sentence() == s && sp.begin() == next)) {
                return r;
            }
        }
        return null;
    }

    private EntityRecord at(int s, IndexedWord w, EntityKind kind) {
        return table.at(s, w.index() - 1).filter(r -> r.kind == kind).orElse(null);
    }

    /** "his deputy" → the last person before; "its director", "the group's director" → the last group before. */
    private EntityRecord anaphor(int s, SemanticGraph g, IndexedWord possessor, int token, EntityRecord not) {
        String w = possessor.word().toLowerCase(Locale.ROOT);
        if (w.equals("his") || w.equals("her")) {
            return antecedent(s, token, not, EntityKind.ACTOR);
        }
        if (w.equals("its") || w.equals("their") || GROUP_ANAPHORS.contains(lemma(possessor))) {
            // the clause's own subject first ("X ... an ultimatum from its rival"), else the last group named
            for (IndexedWord up = g.getParent(possessor); up != null; up = g.getParent(up)) {
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(up)) {
                    if (rel(e).startsWith("nsubj")) {
                        EntityRecord subj = table.at(s, e.getDependent().index() - 1)
                                .filter(r -> r.kind == EntityKind.FACTION && r != not).orElse(null);
                        if (subj != null) {
                            return subj;
                        }
                    }
                }
                if (up.tag() != null && up.tag().startsWith("VB")) {
                    break;
                }
            }
            return antecedent(s, token, not, EntityKind.FACTION);
        }
        return null;
    }

    private static final Set<String> GROUP_ANAPHORS = Set.of("group", "organisation", "organization", "movement",
            "militia", "agency", "body", "network", "alliance", "coalition", "party", "force", "ministry");

    // ---- groups

    /** "Wilayat Khurasan, the Islamic State affiliate", "X is an offshoot of Y", "its ally Russia". */
    private void groupRoleNoun(int s, SemanticGraph g, IndexedWord role, String lemma) {
        String type = GROUP_ROLE_NOUNS.get(lemma);
        boolean states = type.equals("ALLIED_WITH") || type.equals("RIVAL_OF");
        EntityRecord subject = linkedEntity(s, g, role, EntityKind.FACTION);
        if (subject == null && states) {
            EntityRecord place = linkedEntity(s, g, role, EntityKind.PLACE);
            if (place != null && "COUNTRY".equals(place.subKind)) {
                subject = factions.governmentOf(t, table, countryName(place), null);
            }
        }
        if (subject == null || lemma.equals("faction") && factionAt(s, role) != null) {
            return;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(role)) {
            String rel = rel(e);
            if (rel.startsWith("nmod:of") || rel.startsWith("nmod:poss") || rel.equals("compound") || rel.equals("amod")
                    || rel.startsWith("nmod:to") || rel.startsWith("nmod:in")) {
                EntityRecord target = entityFor(s, g, e.getDependent(), states);
                if (target == null && rel.startsWith("nmod:poss")) {
                    target = anaphor(s, g, e.getDependent(), role.index() - 1, subject);
                }
                if (target != null && target != subject && target.kind == EntityKind.FACTION) {
                    add(type, subject, target, s, 0.7, null);
                    return;
                }
            }
        }
    }

    /** "attacks by X on Y", "X's offensive against Y", "the war with Y": the two sides are rivals. */
    private void hostileNoun(int s, SemanticGraph g, IndexedWord noun) {
        List<EntityRecord> agents = new ArrayList<>();
        List<EntityRecord> targets = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            String rel = rel(e);
            if (rel.startsWith("nmod:by") || rel.startsWith("nmod:poss") || rel.equals("compound") || rel.equals("amod")) {
                collect(s, g, e.getDependent(), agents);
            } else if (rel.startsWith("nmod:on") || rel.startsWith("nmod:against") || rel.startsWith("nmod:with")
                    || rel.startsWith("nmod:upon")) {
                collect(s, g, e.getDependent(), targets);
            }
        }
        for (EntityRecord a : agents) {
            for (EntityRecord b : targets) {
                if (a != b && a.kind == EntityKind.FACTION && b.kind == EntityKind.FACTION && (isArmed(a) || isArmed(b))) {
                    add("RIVAL_OF", a, b, s, 0.55, null);
                }
            }
        }
    }

    private static final Set<String> HOSTILE_NOUNS = Set.of("attack", "offensive", "assault", "raid", "ambush",
            "strike", "airstrike", "bombardment", "campaign", "insurgency", "war", "fight", "battle", "operation",
            "bombing", "incursion", "siege", "shelling", "onslaught", "clash");

    /** Verbs and predicative adjectives between two entities. */
    private void verb(int s, SemanticGraph g, IndexedWord v, String lemma) {
        String type = VERB_CUES.get(lemma);
        if (prenominal(s, g, v, lemma)) {
            return;
        }
        if (lemma.equals("lead") || lemma.equals("loyal")) {
            IndexedWord noun = describedNoun(g, v, lemma);
            if (noun != null && entityFor(s, g, noun, false) == null) {
                descriptiveGroup(s, g, noun, v, lemma);
                return;
            }
        }
        List<EntityRecord> subjects = new ArrayList<>();
        List<EntityRecord> objects = new ArrayList<>();
        List<EntityRecord> places = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            String rel = rel(e);
            if (rel.equals("nsubj") || rel.equals("obl:agent") || rel.equals("nmod:agent")) {
                collect(s, g, e.getDependent(), subjects);
            } else if (rel.equals("nsubj:pass") && (type.equals("OPERATES_IN") || type.equals("AFFILIATE_OF"))) {
                collect(s, g, e.getDependent(), subjects); // "fighters based in X"
            } else if (rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("obl") || rel.startsWith("obl:with") || rel.startsWith("obl:to")
                    || rel.startsWith("obl:from") || rel.startsWith("obl:against") || rel.startsWith("obl:on")
                    || rel.startsWith("obl:alongside") || rel.startsWith("obl:into") || rel.startsWith("obl:behind")) {
                collect(s, g, e.getDependent(), objects);
            }
            if (rel.startsWith("obl:in") || rel.startsWith("obl:across") || rel.startsWith("obl:throughout")
                    || rel.equals("obj") || rel.startsWith("obl:into")) {
                collect(s, g, e.getDependent(), places);
            }
        }
        // participial modifier: "fighters loyal to X", "a faction led by X", "groups active in Y"
        IndexedWord parent = g.getParent(v);
        if (parent != null) {
            String prel = rel(g.getEdge(parent, v));
            if (prel.startsWith("acl") || prel.equals("amod")) {
                collect(s, g, parent, subjects);
                if (subjects.isEmpty() && (lemma.equals("loyal") || lemma.equals("lead"))) {
                    descriptiveGroup(s, g, parent, v, lemma);
                    return;
                }
            }
        }
        if (type.equals("LEADS") || type.equals("COMMANDS")) {
            if (prelIsAcl(g, v)) {
                // "Y led by X": the agent leads the noun being modified
                for (EntityRecord leader : agents(s, g, v)) {
                    for (EntityRecord group : subjects) {
                        if (leader.kind == EntityKind.ACTOR && group.kind == EntityKind.FACTION) {
                            add(type, leader, group, s, 0.7, null);
                        } else if (lemma.equals("run") && leader.kind == EntityKind.FACTION && group.kind == EntityKind.FACTION) {
                            add("AFFILIATE_OF", group, leader, s, 0.65, null); // "the civil defence, also run by Hamas"
                        }
                    }
                }
                return;
            }
            for (EntityRecord a : subjects) {
                for (EntityRecord b : objects) {
                    if (a.kind == EntityKind.ACTOR && b.kind == EntityKind.FACTION) {
                        add(type, a, b, s, 0.7, null);
                    }
                }
            }
            return;
        }
        for (EntityRecord a : subjects) {
            if (type.equals("OPERATES_IN")) {
                for (EntityRecord p : places) {
                    if (p.kind == EntityKind.PLACE && isArmed(a)) {
                        add(type, a, p, s, 0.6, null);
                    }
                }
                continue;
            }
            if (type.equals("RIVAL_OF") && isArmed(a)) {
                for (EntityRecord p : places) {
                    if (p.kind == EntityKind.PLACE && !lemma.equals("kill")) {
                        add("OPERATES_IN", a, p, s, 0.5, null);
                    }
                }
            }
            if (type.equals("RIVAL_OF") && isArmed(a)) {
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
                    String rel = rel(e);
                    if (rel.equals("obj") || rel.startsWith("obl:on") || rel.startsWith("obl:against")) {
                        for (EntityRecord b : subtreeEntities(s, g, e.getDependent(), 3)) {
                            if (b != a && b.kind == EntityKind.FACTION && !objects.contains(b)) {
                                objects.add(b);
                            }
                        }
                    }
                }
            }
            for (EntityRecord b : objects) {
                if (a == b || b.kind == EntityKind.PLACE) {
                    continue;
                }
                if (type.equals("LOYAL_TO") || (a.kind == EntityKind.FACTION && b.kind == EntityKind.FACTION)
                        || type.equals("MEMBER_OF") && b.kind == EntityKind.FACTION) {
                    if (type.equals("RIVAL_OF") && (!isArmed(a) && !isArmed(b))) {
                        continue;
                    }
                    add(type, a, b, s, 0.6, null);
                }
            }
        }
    }

    private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "claim", "deny", "add", "state", "report",
            "announce", "insist", "confirm", "accuse", "blame", "warn", "describe", "write", "post", "tweet", "quote",
            "cite", "believe", "think", "allege");

    /** An armed group doing something in a place ("Eritrean troops killed hundreds in Axum"): it operates there. */
    private void actsIn(int s, SemanticGraph g, IndexedWord v) {
        List<EntityRecord> subjects = new ArrayList<>();
        List<EntityRecord> places = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            String rel = rel(e);
            if (rel.equals("nsubj") || rel.equals("nsubj:pass") && STATIONED.contains(lemma(v)) || rel.equals("obl:agent")) {
                collect(s, g, e.getDependent(), subjects);
            } else if (rel.startsWith("obl:in") || rel.startsWith("obl:across") || rel.startsWith("obl:throughout")
                    || rel.startsWith("obl:inside") || rel.startsWith("obl:around")) {
                collect(s, g, e.getDependent(), places);
            }
        }
        for (EntityRecord a : subjects) {
            if (!isArmed(a)) {
                continue;
            }
            for (EntityRecord p : places) {
                if (p.kind == EntityKind.PLACE) {
                    add("OPERATES_IN", a, p, s, 0.5, null);
                }
            }
        }
    }

    private static final Set<String> STATIONED = Set.of("deploy", "station", "base", "position", "send", "locate",
            "see", "spot", "find", "involve", "present");

    /**
     * A participle written before a noun with its own argument ("Iran-aligned Houthi rebels", "Houthi-controlled
     * Sanaa", "a Burkina Faso-based group", "al-Qaeda-linked fighters"): the argument and the noun are related.
     */
    private boolean prenominal(int s, SemanticGraph g, IndexedWord v, String lemma) {
        IndexedWord parent = g.getParent(v);
        if (parent == null || !rel(g.getEdge(parent, v)).equals("amod") || parent.index() < v.index()) {
            return false;
        }
        EntityRecord head = entityFor(s, g, parent, false);
        if (head == null) {
            head = linkedEntity(s, g, parent, EntityKind.FACTION); // "JNIM, the al Qaeda-linked alliance"
        }
        EntityRecord arg = null;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            String rel = rel(e);
            if (e.getDependent().index() < v.index() && (rel.startsWith("obl") || rel.startsWith("compound")
                    || rel.startsWith("nmod") || rel.equals("dep") || rel.equals("nsubj"))) {
                arg = entityFor(s, g, e.getDependent(), false);
                if (arg != null) {
                    break;
                }
            }
        }
        if (head == null || arg == null || head == arg) {
            return arg != null || head != null && lemma.equals("lead");
        }
        switch (lemma) {
            case "base", "locate", "headquarter" -> {
                if (isArmed(head) && arg.kind == EntityKind.PLACE) {
                    add("OPERATES_IN", head, arg, s, 0.65, null);
                }
            }
            case "control", "hold", "occupy", "besiege", "run" -> {
                if (head.kind == EntityKind.PLACE && isArmed(arg)) {
                    add("OPERATES_IN", arg, head, s, 0.65, null);
                } else if (lemma.equals("run") && head.kind == EntityKind.FACTION && arg.kind == EntityKind.FACTION) {
                    add("AFFILIATE_OF", head, arg, s, 0.65, null); // "the Hamas-run health ministry"
                }
            }
            case "align", "back", "ally", "support", "sponsor", "arm", "fund" -> {
                if (head.kind == EntityKind.FACTION) {
                    add("ALLIED_WITH", head, asGroup(arg), s, 0.65, null);
                }
            }
            case "link", "affiliate", "inspire", "tie", "connect" -> {
                if (head.kind == EntityKind.FACTION && asGroup(arg).kind == EntityKind.FACTION) {
                    add("AFFILIATE_OF", head, asGroup(arg), s, 0.65, null);
                }
            }
            case "lead" -> {
                if (head.kind == EntityKind.FACTION && arg.kind == EntityKind.ACTOR) {
                    add("LEADS", arg, head, s, 0.65, null);
                } else if (head.kind == EntityKind.FACTION && arg.kind == EntityKind.FACTION && !"STATE_FORCE".equals(head.subKind)) {
                    add("LOYAL_TO", head, arg, s, 0.5, null);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private EntityRecord asGroup(EntityRecord r) {
        if (r.kind == EntityKind.PLACE && "COUNTRY".equals(r.subKind)) {
            return factions.governmentOf(t, table, countryName(r), null);
        }
        return r;
    }

    /**
     * The noun a "led by"/"loyal to" phrase describes: its head ("fighters loyal to"), or, when the parser made the
     * participle the main verb, its subject ("a faction led by X clashed...").
     */
    private IndexedWord describedNoun(SemanticGraph g, IndexedWord v, String lemma) {
        IndexedWord parent = g.getParent(v);
        if (parent != null) {
            String prel = rel(g.getEdge(parent, v));
            if ((prel.startsWith("acl") || prel.equals("amod")) && parent.tag() != null && parent.tag().startsWith("NN")) {
                return parent;
            }
        }
        boolean agent = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            agent |= rel(e).equals("obl:by") || rel(e).equals("obl:agent") || rel(e).startsWith("obl:to");
        }
        if (!agent) {
            return null;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            String rel = rel(e);
            IndexedWord d = e.getDependent();
            if ((rel.equals("nsubj") || rel.equals("dep") || rel.equals("nsubj:pass")) && d.index() < v.index()
                    && d.tag() != null && d.tag().startsWith("NN")) {
                return d;
            }
        }
        return null;
    }

    /** "a breakaway faction led by X" → "X's faction"; "fighters loyal to Y" → "Y loyalists". */
    private void descriptiveGroup(int s, SemanticGraph g, IndexedWord noun, IndexedWord cue, String lemma) {
        String nl = lemma(noun);
        List<EntityRecord> people = new ArrayList<>();
        if (lemma.equals("lead")) {
            people.addAll(agents(s, g, cue));
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(cue)) {
                if (rel(e).equals("obl:by") && people.isEmpty()) {
                    collect(s, g, e.getDependent(), people);
                }
            }
        } else {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(cue)) {
                if (rel(e).startsWith("obl:to") || rel(e).startsWith("nmod:to")) {
                    collect(s, g, e.getDependent(), people);
                }
            }
        }
        for (EntityRecord p : people) {
            if (p.kind != EntityKind.ACTOR) {
                if (lemma.equals("loyal") && p.kind == EntityKind.FACTION) {
                    continue;
                }
                continue;
            }
            String surname = p.core.isEmpty() ? p.name : capitalise(p.core.get(p.core.size() - 1));
            int b = noun.index() - 1;
            Span span = nounPhrase(s, g, noun);
            if (lemma.equals("lead") && Set.of("faction", "group", "wing", "cell", "militia", "splinter", "movement",
                    "unit", "force", "network").contains(nl)) {
                String name = surname + "'s " + nl;
                EntityRecord parentGroup = groupInPhrase(s, g, noun);
                String kind = parentGroup != null && parentGroup.subKind != null ? parentGroup.subKind : "INSURGENT_GROUP";
                EntityRecord f = table.add(EntityKind.FACTION, name, kind, 0.6, span, name);
                table.alias(f, surname + " " + nl);
                table.alias(f, Names.clean(t.text(span)));
                add("LEADS", p, f, s, 0.7, null);
                if (parentGroup != null && parentGroup != f && hasModifier(g, noun, Set.of("breakaway", "splinter",
                        "dissident", "renegade", "rebel", "rival"))) {
                    add("SPLINTER_OF", f, parentGroup, s, 0.65, null);
                    add("RIVAL_OF", f, parentGroup, s, 0.5, null);
                }
            } else if (lemma.equals("loyal") && Cues.MEMBER_NOUNS.contains(t.word(s, b).toLowerCase(Locale.ROOT))) {
                String name = surname + " loyalists";
                String kind = p.factions.stream().map(fn -> table.find(EntityKind.FACTION, fn))
                        .flatMap(Optional::stream).map(r -> r.subKind).findFirst().orElse("INSURGENT_GROUP");
                EntityRecord f = table.add(EntityKind.FACTION, name, "GOVERNMENT".equals(kind) ? "STATE_FORCE" : kind,
                        0.6, span, name);
                add("LOYAL_TO", f, p, s, 0.7, null);
            }
        }
    }

    /** Hyphenated modifiers of a group: "Iran-aligned Houthi rebels", "al-Qaeda-linked JNIM". */
    private void hyphenModifier(int s, SemanticGraph g, IndexedWord w) {
        String word = w.word();
        int cut = word.lastIndexOf('-');
        String cue = word.substring(cut + 1).toLowerCase(Locale.ROOT);
        String type = HYPHEN_CUES.get(cue);
        if (type == null || type.equals("LEADS_GROUP") || cut <= 0) {
            return;
        }
        String prefix = word.substring(0, cut);
        IndexedWord head = g.getParent(w);
        if (head == null) {
            return;
        }
        EntityRecord group = entityFor(s, g, head, false);
        if (type.equals("CONTROLS")) {
            // "Houthi-controlled Sanaa", "rebel-held Douma"
            EntityRecord controller = table.findAny(prefix).orElse(null);
            if (group != null && group.kind == EntityKind.PLACE && controller != null && isArmed(controller)) {
                add("OPERATES_IN", controller, group, s, 0.65, null);
            }
            return;
        }
        if (group == null || group.kind != EntityKind.FACTION) {
            return;
        }
        EntityRecord other = table.findAny(prefix).orElse(null);
        if (other != null && other.kind == EntityKind.PLACE && "COUNTRY".equals(other.subKind)) {
            other = factions.governmentOf(t, table, countryName(other), null);
        } else if (other == null) {
            Optional<String> country = Optional.empty();
            return;
        }
        if (other == group) {
            return;
        }
        add(type, group, other, s, 0.65, null);
    }

    /** "fighting between X and Y", "clashes between X and Y". */
    private void between(int s, SemanticGraph g, IndexedWord noun) {
        List<EntityRecord> sides = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            String rel = rel(e);
            if (rel.startsWith("nmod:between") || rel.startsWith("nmod:with") || rel.startsWith("nmod:against")
                    || rel.startsWith("acl:between")) {
                collect(s, g, e.getDependent(), sides);
            }
        }
        List<EntityRecord> groups = sides.stream().filter(r -> r.kind == EntityKind.FACTION).distinct().toList();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                add("RIVAL_OF", groups.get(i), groups.get(j), s, 0.6, null);
            }
        }
    }

    /** "the Taliban in Afghanistan", "Yemen's Houthi rebels": an armed group located in a place. */
    private void locatedGroup(int s, SemanticGraph g, IndexedWord w) {
        EntityRecord group = factionAt(s, w);
        if (group == null || !isArmed(group) || "STATE_FORCE".equals(group.subKind) && group.country != null
                && false) {
            return;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = rel(e);
            if (rel.startsWith("nmod:in") || rel.startsWith("nmod:poss") || rel.startsWith("nmod:across")
                    || rel.startsWith("nmod:throughout")) {
                EntityRecord p = entityFor(s, g, e.getDependent(), false);
                if (p != null && p.kind == EntityKind.PLACE) {
                    add("OPERATES_IN", group, p, s, 0.55, null);
                }
            }
        }
    }

    // ---- helpers

    private void add(String type, EntityRecord from, EntityRecord to, int s, double confidence, Boolean ended) {
        if (from == null || to == null || from == to || type == null) {
            return;
        }
        String until = null;
        if (Boolean.TRUE.equals(ended) || sentenceSaysEnded(s)) {
            until = untilDate(s);
        }
        out.add(new RelationDraft(type, from, to, null, until, ended, s, confidence));
    }

    private boolean sentenceSaysEnded(int s) {
        String text = t.sentenceText(s).toLowerCase(Locale.ROOT);
        return text.contains(" until ") && untilDate(s) != null;
    }

    private String untilDate(int s) {
        var tokens = t.tokens(s);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).word().equalsIgnoreCase("until") && t.ner(s, i + 1).equals("DATE")) {
                String norm = tokens.get(i + 1).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                if (norm != null && norm.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                    return norm;
                }
            }
        }
        return null;
    }

    private Boolean endedBy(String roleText) {
        for (String w : roleText.split("[ -]")) {
            if (ENDED_MODIFIERS.contains(w)) {
                return true;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern GOVERNMENT_OFFICE = java.util.regex.Pattern.compile(
            "\\b(minister|president|premier|secretary|spokes(man|woman|person)|ambassador|governor|chancellor|king|queen"
                    + "|emir|prosecutor|attorney general|envoy|mayor)\\b");

    private final List<EntityRecord[]> primeMinisters = new ArrayList<>();

    /**
     * The government an office without a named country belongs to: the one government the sentence names as
     * such ("Washington", "Afghan officials"), else the one the previous sentence names, else the article's only one.
     */
    private EntityRecord governmentNear(int s) {
        for (int k = s; k >= Math.max(0, s - 1); k--) {
            java.util.Set<String> countries = new java.util.LinkedHashSet<>();
            for (int i = 0; i < t.tokens(k).size(); i++) {
                Optional<EntityRecord> r = table.at(k, i);
                if (r.isPresent() && r.get().kind == EntityKind.FACTION && "GOVERNMENT".equals(r.get().subKind)
                        && r.get().country != null) {
                    countries.add(r.get().country);
                }
            }
            if (countries.size() == 1) {
                return factions.governmentOf(t, table, countries.iterator().next(), null);
            }
            if (countries.size() > 1) {
                return null;
            }
        }
        return soleGovernment();
    }

    private EntityRecord soleGovernment() {
        List<EntityRecord> govs = table.of(EntityKind.FACTION).stream().filter(r -> "GOVERNMENT".equals(r.subKind)
                && r.country != null).toList();
        return govs.size() == 1 ? govs.get(0) : null;
    }

    /** A faction at the token, or the government of the country/demonym at it. */
    private EntityRecord groupAt(int s, int i, boolean countriesAsGovernments) {
        Optional<EntityRecord> r = table.at(s, i);
        if (r.isPresent() && r.get().kind == EntityKind.FACTION) {
            return r.get();
        }
        if (!countriesAsGovernments) {
            return null;
        }
        if (r.isPresent() && r.get().kind == EntityKind.PLACE && "COUNTRY".equals(r.get().subKind)) {
            return factions.governmentOf(t, table, countryName(r.get()), null);
        }
        String w = t.word(s, i);
        if (t.ner(s, i).equals("NATIONALITY") || t.ner(s, i).equals("COUNTRY")) {
            Optional<String> c = factions.countryOf(w);
            if (c.isPresent()) {
                return factions.governmentOf(t, table, c.get(), t.ner(s, i).equals("NATIONALITY") ? w : null);
            }
        }
        return null;
    }

    /** The entity a dependency node denotes: its own mention, or (for groups) a country or demonym. */
    private EntityRecord entityFor(int s, SemanticGraph g, IndexedWord d, boolean countriesAsGovernments) {
        Optional<EntityRecord> r = table.at(s, d.index() - 1);
        if (r.isPresent()) {
            if (countriesAsGovernments && r.get().kind == EntityKind.PLACE && "COUNTRY".equals(r.get().subKind)) {
                return factions.governmentOf(t, table, countryName(r.get()), null);
            }
            return r.get();
        }
        return groupAt(s, d.index() - 1, countriesAsGovernments);
    }

    private void collect(int s, SemanticGraph g, IndexedWord d, List<EntityRecord> into) {
        EntityRecord r = entityFor(s, g, d, false);
        if (r != null && !into.contains(r)) {
            into.add(r);
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(d)) {
            if (rel(e).startsWith("conj")) {
                EntityRecord c = entityFor(s, g, e.getDependent(), false);
                if (c != null && !into.contains(c)) {
                    into.add(c);
                }
            }
        }
    }

    /** Entities within a few dependency steps below a node ("killed dozens of Malian soldiers"). */
    private List<EntityRecord> subtreeEntities(int s, SemanticGraph g, IndexedWord w, int depth) {
        List<EntityRecord> out = new ArrayList<>();
        EntityRecord r = entityFor(s, g, w, false);
        if (r != null) {
            out.add(r);
        }
        if (depth > 0) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                String rel = rel(e);
                if (rel.startsWith("nmod") || rel.startsWith("conj") || rel.equals("compound") || rel.equals("amod")) {
                    for (EntityRecord x : subtreeEntities(s, g, e.getDependent(), depth - 1)) {
                        if (!out.contains(x)) {
                            out.add(x);
                        }
                    }
                }
            }
        }
        return out;
    }

    private List<EntityRecord> agents(int s, SemanticGraph g, IndexedWord v) {
        List<EntityRecord> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            String rel = rel(e);
            if (rel.equals("obl:agent") || rel.startsWith("obl:by") || rel.equals("nmod:agent")) {
                collect(s, g, e.getDependent(), out);
            }
        }
        return out;
    }

    private boolean prelIsAcl(SemanticGraph g, IndexedWord v) {
        IndexedWord parent = g.getParent(v);
        return parent != null && (rel(g.getEdge(parent, v)).startsWith("acl") || rel(g.getEdge(parent, v)).equals("amod"));
    }

    private EntityRecord groupInPhrase(int s, SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            String rel = rel(e);
            if (rel.equals("compound") || rel.equals("amod") || rel.startsWith("nmod:of") || rel.startsWith("nmod:from")
                    || rel.startsWith("nmod:poss") || rel.startsWith("nmod:within")) {
                EntityRecord r = entityFor(s, g, e.getDependent(), false);
                if (r != null && r.kind == EntityKind.FACTION) {
                    return r;
                }
            }
        }
        return null;
    }

    private boolean hasModifier(SemanticGraph g, IndexedWord noun, Set<String> words) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            String rel = rel(e);
            if ((rel.equals("amod") || rel.equals("compound")) && (words.contains(lemma(e.getDependent()))
                    || rel.equals("compound") && hasModifier(g, e.getDependent(), words))) {
                return true;
            }
        }
        return false;
    }

    private Span nounPhrase(int s, SemanticGraph g, IndexedWord noun) {
        int b = noun.index() - 1;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            String rel = rel(e);
            int i = e.getDependent().index() - 1;
            if ((rel.equals("amod") || rel.equals("compound")) && i < b) {
                b = i;
            }
        }
        // the phrase's own mention stops short of names inside it ("breakaway Taliban faction" keeps "Taliban")
        for (int i = noun.index() - 2; i >= b; i--) {
            if (table.isClaimed(s, i)) {
                b = i + 1;
                break;
            }
        }
        return new Span(s, b, noun.index());
    }

    private String roleText(int s, SemanticGraph g, IndexedWord role) {
        int b = role.index() - 1;
        int e = role.index();
        for (SemanticGraphEdge edge : g.outgoingEdgeIterable(role)) {
            String rel = rel(edge);
            int i = edge.getDependent().index() - 1;
            if (rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod:poss")) {
                if (i < b && b - i <= 4) {
                    b = i;
                }
            } else if (rel.startsWith("nmod:of") || rel.startsWith("nmod:for") || rel.startsWith("nmod:at")) {
                int end = subtreeEnd(g, edge.getDependent());
                if (end > e && end - e <= 8) {
                    e = end;
                }
            }
        }
        return t.text(s, b, e);
    }

    private int subtreeEnd(SemanticGraph g, IndexedWord w) {
        int max = w.index();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = rel(e);
            if (rel.equals("compound") || rel.equals("amod") || rel.equals("flat") || rel.startsWith("nmod")) {
                max = Math.max(max, subtreeEnd(g, e.getDependent()));
            }
        }
        return max;
    }

    private EntityRecord antecedent(int s, int token, EntityRecord not, EntityKind kind) {
        EntityRecord best = null;
        Span bestSpan = null;
        for (EntityRecord r : table.of(kind)) {
            if (r == not) {
                continue;
            }
            for (Span sp : r.spans) {
                boolean before = sp.sentence() < s || sp.sentence() == s && sp.end() <= token;
                if (before && (bestSpan == null || sp.compareTo(bestSpan) > 0)) {
                    best = r;
                    bestSpan = sp;
                }
            }
        }
        return best;
    }

    /** The gazetteer's name of a country record ("United States" for a text's "U.S."). */
    private static String countryName(EntityRecord place) {
        return place.country != null ? place.country : place.name;
    }

    private EntityRecord actorAt(int s, IndexedWord w) {
        return table.at(s, w.index() - 1).filter(r -> r.kind == EntityKind.ACTOR).orElse(null);
    }

    private EntityRecord factionAt(int s, IndexedWord w) {
        return table.at(s, w.index() - 1).filter(r -> r.kind == EntityKind.FACTION).orElse(null);
    }

    private static boolean isArmed(EntityRecord r) {
        return r.kind == EntityKind.FACTION && r.subKind != null && ARMED.contains(r.subKind);
    }

    private static boolean hasCopula(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (rel(e).equals("cop")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPronoun(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("PRP");
    }

    private static String rel(SemanticGraphEdge e) {
        return e == null ? "" : e.getRelation().toString();
    }

    private static String lemma(IndexedWord w) {
        String l = w.lemma();
        return (l == null ? w.word() : l).toLowerCase(Locale.ROOT);
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
