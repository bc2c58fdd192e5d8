package org.conflictgraph.extraction.internal.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.conflictgraph.extraction.ArticleExtraction.Source;

/**
 * Who claims an event mention, and how: walks from the trigger up the parse to a reporting verb ("said",
 * "denied", "claimed") or an "according to" phrase, falls back to the speaker of a surrounding quote, and
 * otherwise credits the outlet's own voice. The stance comes from the {@link StanceClassifier}.
 */
final class ClaimAttributor {

    /** Nouns that carry a claim ("reports that", "rumours of", "allegations that"), with their stance. */
    private static final Set<String> HEDGED_NOUNS = Set.of("report", "rumour", "rumor", "allegation", "claim",
            "speculation", "suggestion", "suspicion");
    private static final Set<String> QUOTE_CLOSE = Set.of("\u2019", "\u201d", "''", "\"", "'");

    /** Subordinators of a clause that frames a statement rather than telling its content. */
    private static final Set<String> NARRATIVE_MARKS = Set.of("as", "after", "before", "while", "when", "since",
            "until", "because", "although", "though", "whereas");
    /** Clause relations through which a reported event hangs below its reporting verb. */
    private static final Set<String> UP_RELATIONS = Set.of("ccomp", "xcomp", "obj", "advcl", "acl", "nsubj",
            "nsubj:pass", "csubj", "dep", "appos", "parataxis");

    private final CueLexicon cues;
    private final SourceRecognizer sources;
    private final StanceClassifier stances;
    private final Source outlet;
    private final List<ParsedSentence> sentences;
    private final String text;

    ClaimAttributor(CueLexicon cues, SourceRecognizer sources, StanceClassifier stances, Source outlet,
                    List<ParsedSentence> sentences, String text) {
        this.cues = cues;
        this.sources = sources;
        this.stances = stances;
        this.outlet = outlet;
        this.sentences = sentences;
        this.text = text;
    }

    Source outlet() {
        return outlet;
    }

    List<ClaimDraft> attribute(EventMention m) {
        ParsedSentence s = m.sentence;
        List<ClaimDraft> out = new ArrayList<>();
        IndexedWord t = s.node(m.trigger).orElse(null);
        if (t == null) {
            return out;
        }
        Set<Integer> scope = new LinkedHashSet<>();
        Set<Integer> clause = new LinkedHashSet<>();
        scope.add(m.trigger);
        clause.add(m.trigger);
        addModifiers(s, t, scope);
        IndexedWord reporting = null;
        String nounStance = null;
        Source nounSource = null;
        IndexedWord cur = t;
        IndexedWord scopeTop = t;
        boolean crossedConj = false;
        List<IndexedWord> path = new ArrayList<>();
        path.add(t);
        boolean description = false;
        for (int i = 0; i < 10; i++) {
            SemanticGraphEdge up = s.parentEdge(cur);
            if (up == null) {
                break;
            }
            if (i == 0 && "VBN".equals(t.tag()) && up.getRelation().toString().equals("acl")
                    && sources.mentionAt(s, ParsedSentence.tok(up.getGovernor())).isEmpty()
                    && isDescribedParty(s, up.getGovernor())) {
                // "Ansarul Islam, a group founded in 2016": background on a party, in the outlet's own voice
                description = true;
                break;
            }
            IndexedWord gov = up.getGovernor();
            String rel = up.getRelation().toString();
            String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
            String gl = gov.lemma() == null ? "" : gov.lemma().toLowerCase();
            if (gov.tag() != null && gov.tag().startsWith("VB") && cues.reportingStance(gl) != null
                    && base.equals("advcl") && s.children(cur, "mark").stream().anyMatch(mk ->
                    NARRATIVE_MARKS.contains(mk.word().toLowerCase()))) {
                break; // "X admitted ..., as investigators close in on a massacre": the outlet's narrative, not X's
            }
            if (gov.tag() != null && gov.tag().startsWith("VB") && cues.reportingStance(gl) != null
                    && rel.equals("nsubj") && !HEDGED_NOUNS.contains(cur.lemma().toLowerCase())
                    && !SourceRecognizer.DOCUMENT.contains(cur.lemma().toLowerCase())) {
                break; // "the Taliban, which concealed his death, insisted ...": a description of the speaker
            }
            if (gov.tag() != null && gov.tag().startsWith("VB") && cues.reportingStance(gl) != null
                    && (UP_RELATIONS.contains(rel) || UP_RELATIONS.contains(base) || base.equals("obl"))) {
                reporting = gov;
                break;
            }
            if (gov.tag() != null && gov.tag().startsWith("NN") && HEDGED_NOUNS.contains(gl)) {
                nounStance = "HEDGES";
                nounSource = nounSpeaker(s, gov);
                scope.add(ParsedSentence.tok(gov));
            }
            crossedConj |= base.equals("conj");
            if (!crossedConj) {
                scopeTop = gov;
            }
            path.add(gov);
            scope.add(ParsedSentence.tok(gov));
            addModifiers(s, gov, scope);
            if (!gov.tag().startsWith("VB") || base.equals("conj")) {
                // nouns and clause heads below the reporting verb still negate the event
            }
            clause.add(ParsedSentence.tok(gov));
            cur = gov;
        }
        // "..., he said": reporting verb hanging off the event clause as parataxis
        if (reporting == null) {
            for (IndexedWord p : path) {
                for (IndexedWord c : s.children(p, "parataxis")) {
                    if (cues.reportingStance(c.lemma().toLowerCase()) != null && c.tag().startsWith("VB")) {
                        reporting = c;
                    }
                }
            }
        }
        // "..., the government said on Tuesday.": a closing reporting clause the parse hung elsewhere
        if (reporting == null && !description) {
            reporting = closingReportingVerb(s, ParsedSentence.tok(t));
        }
        Source source = null;
        int cueStart = -1;
        int cueEnd = -1;
        String base = null;
        double confidence = 0.6;
        // "X said his crews had confirmed 300 deaths": the outermost teller is the source
        while (reporting != null) {
            SemanticGraphEdge outer = s.parentEdge(reporting);
            if (outer == null || !outer.getRelation().toString().startsWith("ccomp")
                    || outer.getGovernor().tag() == null || !outer.getGovernor().tag().startsWith("VB")
                    || !"ASSERTS".equals(cues.reportingStance(outer.getGovernor().lemma().toLowerCase()))
                    || !"ASSERTS".equals(cues.reportingStance(reporting.lemma().toLowerCase()))
                    || speakerOf(s, outer.getGovernor()) == null) {
                break;
            }
            reporting = outer.getGovernor();
        }
        if (reporting != null) {
            source = speakerOf(s, reporting);
            base = cues.reportingStance(reporting.lemma().toLowerCase());
            if (nounStance != null && "ASSERTS".equals(base)) {
                base = nounStance;
            }
            ClaimDraft unconfirmed = unconfirmedBy(s, reporting);
            if (unconfirmed != null) {
                out.add(unconfirmed);
                return out;
            }
            cueStart = s.charStart(ParsedSentence.tok(reporting));
            cueEnd = s.charEnd(ParsedSentence.tok(reporting));
            scope.add(ParsedSentence.tok(reporting));
            addModifiers(s, reporting, scope);
            confidence = 0.8;
            if (source == null && nounSource != null) {
                source = nounSource;
            }
            if (source == null && (s.isPassive(reporting) || "HEDGES".equals(base))) {
                // "it is believed that...", "reports emerged": nobody named
                source = nounStance != null ? SourceRecognizer.unnamedReports() : outlet;
            }
        }
        // "according to X"
        if (source == null) {
            for (IndexedWord p : path) {
                for (SemanticGraphEdge e : s.outgoing(p)) {
                    String r = e.getRelation().toString();
                    if (r.startsWith("obl:according") || r.startsWith("nmod:according")) {
                        source = sources.fromHead(s, e.getDependent());
                        if (source != null) {
                            base = "ASSERTS";
                            int a = Math.max(0, ParsedSentence.tok(e.getDependent()) - 2);
                            cueStart = s.charStart(a);
                            cueEnd = s.charEnd(ParsedSentence.tok(e.getDependent()));
                            confidence = 0.8;
                        }
                    }
                }
            }
        }
        if (source == null && nounStance != null) {
            source = nounSource != null ? nounSource : SourceRecognizer.unnamedReports();
            base = nounStance;
        }
        if (source == null) {
            Source quoted = quoteSpeaker(s);
            if (quoted != null) {
                source = quoted;
                confidence = 0.55;
            }
        }
        if (source == null) {
            source = outlet;
            confidence = 0.6;
        }
        if (cueStart < 0) {
            int[] span = eventSpan(s, t);
            cueStart = span[0];
            cueEnd = span[1];
        }
        List<Integer> clauseTokens = s.subtree(scopeTop, 400);
        // hedges on the parties ("suspected members of...", "alleged attackers") belong to the claim too
        for (int x : clauseTokens) {
            var node = s.node(x).orElse(null);
            var up = node == null ? null : s.parentEdge(node);
            if (up != null && up.getRelation().toString().equals("amod")) {
                scope.add(x);
            }
        }
        // only the event's own verb negated denies it ("did not bomb"); "could not be verified" is a hedge
        StanceClassifier.Stance st = stances.classify(s, scope, clauseTokens,
                negatable(s, t),
                base == null ? "ASSERTS" : base, cueStart, cueEnd);
        ClaimDraft claim = new ClaimDraft(source, st.stance(), st.cueStart(), st.cueEnd(), s, confidence);
        if (reporting != null) {
            claim.reportingToken = ParsedSentence.tok(reporting);
            String rl = reporting.lemma().toLowerCase();
            if (rl.equals("blame") || rl.equals("accuse")) {
                claim.perpetrators.addAll(m.perpetrators);
            }
        }
        if (!source.equals(outlet) && !"DENIES".equals(claim.stance)) {
            claim.perpetrators.addAll(m.perpetrators.stream().filter(p -> !claim.perpetrators.contains(p)).toList());
        }
        out.add(claim);
        ClaimDraft caveat = caveat(s);
        if (caveat != null) {
            out.add(caveat);
        }
        return out;
    }

    /**
     * The reporting verb of a sentence-final ", X said" clause after the trigger: a reporting verb with a subject
     * of its own, a comma just before that subject, and no clause of its own reported.
     */
    private IndexedWord closingReportingVerb(ParsedSentence s, int trigger) {
        for (IndexedWord w : s.graph.vertexListSorted()) {
            int v = ParsedSentence.tok(w);
            if (v <= trigger || w.tag() == null || !w.tag().startsWith("VB") || cues.reportingStance(w.lemma().toLowerCase()) == null
                    || s.hasChild(w, "ccomp")) {
                continue;
            }
            for (IndexedWord subj : s.childrenExact(w, "nsubj")) {
                int first = s.subtree(subj, 40).stream().min(Integer::compare).orElse(ParsedSentence.tok(subj));
                boolean afterComma = first > 0 && (s.word(first - 1).equals(",") || first > 1
                        && QUOTE_CLOSE.contains(s.word(first - 1)) && s.word(first - 2).equals(","));
                if (first > trigger && afterComma) {
                    return w;
                }
            }
        }
        return null;
    }

    /** A common noun in apposition to a named party ("Ansarul Islam, a Burkina Faso-based group"). */
    private boolean isDescribedParty(ParsedSentence s, IndexedWord noun) {
        SemanticGraphEdge up = s.parentEdge(noun);
        return up != null && up.getRelation().toString().equals("appos")
                && sources.mentionAt(s, ParsedSentence.tok(up.getGovernor())).isPresent();
    }

    /** Light verbs whose negation denies the event they govern ("neither ordered the killing", "did not carry out"). */
    private static final Set<String> LIGHT = Set.of("order", "carry", "conduct", "commit", "launch", "stage",
            "perpetrate", "plan", "mount", "authorize", "authorise", "sanction");

    private static List<Integer> negatable(ParsedSentence s, IndexedWord t) {
        if (t.tag().startsWith("VB")) {
            return List.of(ParsedSentence.tok(t));
        }
        SemanticGraphEdge up = s.parentEdge(t);
        if (up != null && up.getRelation().toString().equals("obj") && LIGHT.contains(up.getGovernor().lemma().toLowerCase())) {
            return List.of(ParsedSentence.tok(up.getGovernor()));
        }
        return List.of();
    }

    /** Reporting verbs whose negation leaves an account unconfirmed rather than denied. */
    private static final Set<String> UNCONFIRMING = Set.of("confirm", "verify", "corroborate", "acknowledge");

    /**
     * "The group did not confirm the deal": the account stays unconfirmed, in the outlet's telling. The outlet's
     * HEDGES claim when {@code verb} is such a negated confirmation, else null.
     */
    ClaimDraft unconfirmedBy(ParsedSentence s, IndexedWord verb) {
        if (verb.lemma() == null || !UNCONFIRMING.contains(verb.lemma().toLowerCase())
                || s.children(verb, "advmod").stream().noneMatch(a -> a.word().equalsIgnoreCase("not")
                || a.word().equalsIgnoreCase("n't"))) {
            return null;
        }
        ClaimDraft c = new ClaimDraft(outlet, "HEDGES", s.charStart(ParsedSentence.tok(verb)),
                s.charEnd(ParsedSentence.tok(verb)), s, 0.6);
        c.reportingToken = ParsedSentence.tok(verb);
        return c;
    }

    /** An outlet HEDGES claim when the sentence carries a verification caveat, else null. */
    ClaimDraft caveat(ParsedSentence s) {
        int[] cav = stances.findPhrase(s, cues.hedgePhrases.stream().filter(stances::isVerificationCaveat).toList());
        if (cav == null) {
            return null;
        }
        ClaimDraft c = new ClaimDraft(outlet, "HEDGES", cav[0], cav[1], s, 0.7);
        c.caveat = true;
        // "That figure could not be confirmed": about what the sentence before told
        c.refersBack = s.tokens.size() > 1 && Set.of("that", "this", "these", "those").contains(s.word(0).toLowerCase());
        return c;
    }

    /**
     * The speaker of a reporting verb: its subject, the agent of a passive, the subject it shares with the verb it
     * is conjoined to, the speaker of the verb above it for a pronoun ("X told reporters he believed..."), else
     * the nearest person or group named just before it ("the Commission, a state-appointed body, said").
     */
    Source speakerOf(ParsedSentence s, IndexedWord verb) {
        SemanticGraphEdge rel = s.parentEdge(verb);
        for (IndexedWord subj : s.childrenExact(verb, "nsubj")) {
            if (subj.tag() != null && subj.tag().startsWith("W") && rel != null
                    && rel.getRelation().toString().startsWith("acl:relcl")) {
                subj = rel.getGovernor(); // "Iran, which rejected the accusation": the antecedent speaks
            }
            if (subj.tag() != null && subj.tag().startsWith("PRP")) {
                SemanticGraphEdge up = s.parentEdge(verb);
                if (up != null && up.getRelation().toString().equals("ccomp")
                        && cues.reportingStance(up.getGovernor().lemma().toLowerCase()) != null) {
                    Source above = speakerOf(s, up.getGovernor());
                    if (above != null) {
                        return above;
                    }
                }
            }
            Source src = sources.fromHead(s, subj);
            if (src != null) {
                return src;
            }
            for (IndexedWord ap : s.children(subj, "appos")) {
                src = sources.fromHead(s, ap);
                if (src != null) {
                    return src;
                }
            }
        }
        for (IndexedWord a : s.children(verb, "obl:agent")) {
            Source src = sources.fromHead(s, a);
            if (src != null) {
                return src;
            }
        }
        for (IndexedWord a : s.children(verb, "obl:by")) {
            Source src = sources.fromHead(s, a);
            if (src != null) {
                return src;
            }
        }
        if (rel != null && rel.getRelation().toString().startsWith("acl:relcl") && s.childrenExact(verb, "nsubj").isEmpty()) {
            Source src = sources.fromHead(s, rel.getGovernor());
            if (src != null) {
                return src;
            }
        }
        SemanticGraphEdge up = s.parentEdge(verb);
        if (up != null && "VBG".equals(verb.tag()) && s.childrenExact(verb, "nsubj").isEmpty()
                && cues.reportingStance(up.getGovernor().lemma().toLowerCase()) != null) {
            // "SANA quoted an official source as saying ...": the one quoted speaks
            for (IndexedWord o : s.childrenExact(up.getGovernor(), "obj")) {
                Source src = sources.fromHead(s, o);
                if (src != null) {
                    return src;
                }
            }
        }
        if (up != null && (up.getRelation().toString().startsWith("conj") || up.getRelation().toString().equals("xcomp")
                || up.getRelation().toString().startsWith("advcl") && "VBG".equals(verb.tag()))) {
            Source src = speakerOf(s, up.getGovernor());
            if (src != null) {
                return src;
            }
        }
        if (s.childrenExact(verb, "nsubj").isEmpty() && !s.isPassive(verb) || !s.childrenExact(verb, "nsubj").isEmpty()) {
            Set<Integer> reported = new java.util.HashSet<>();
            for (SemanticGraphEdge e : s.outgoing(verb)) {
                String r = e.getRelation().toString();
                if (r.startsWith("ccomp") || r.startsWith("obj") || r.startsWith("xcomp") || r.startsWith("obl")) {
                    reported.addAll(s.subtree(e.getDependent(), 300));
                }
            }
            int v = ParsedSentence.tok(verb);
            for (int x = v - 1; x >= 0 && x >= v - 14; x--) {
                if (reported.contains(x)) {
                    continue;
                }
                var m = sources.mentionAt(s, x);
                if (m.isPresent() && m.get().kind() != org.conflictgraph.extraction.internal.nlp.EntityKind.PLACE) {
                    return sources.remember(sources.fromMention(m.get()));
                }
            }
        }
        return null;
    }

    /** The speaker of every reporting verb of a sentence, so later pronouns ("he said") resolve. */
    void rememberSpeakers(ParsedSentence s) {
        for (IndexedWord w : s.graph.vertexListSorted()) {
            if (w.tag() != null && w.tag().startsWith("VB") && cues.reportingStance(w.lemma().toLowerCase()) != null) {
                for (IndexedWord subj : s.childrenExact(w, "nsubj")) {
                    if (!subj.tag().startsWith("PRP")) {
                        sources.fromHead(s, subj);
                    }
                }
            }
        }
    }

    private Source nounSpeaker(ParsedSentence s, IndexedWord noun) {
        for (IndexedWord p : s.children(noun, "nmod:poss")) {
            Source src = sources.fromHead(s, p);
            if (src != null) {
                return src;
            }
        }
        for (IndexedWord p : s.children(noun, "nmod:by")) {
            Source src = sources.fromHead(s, p);
            if (src != null) {
                return src;
            }
        }
        return null;
    }

    /** Speaker of the quote this sentence sits in: a reporting verb later in the paragraph, or "X said:" before. */
    private Source quoteSpeaker(ParsedSentence s) {
        String own = s.text(text).strip();
        boolean quoted = own.startsWith("\u201c") || own.startsWith("\"") || insideQuote(s);
        if (!quoted) {
            return null;
        }
        for (int i = s.index + 1; i < sentences.size() && i <= s.index + 3; i++) {
            ParsedSentence n = sentences.get(i);
            if (n.paragraph != s.paragraph) {
                break;
            }
            Source src = firstSpeaker(n);
            if (src != null) {
                return src;
            }
        }
        if (s.index > 0 && sentences.get(s.index - 1).paragraph == s.paragraph) {
            return firstSpeaker(sentences.get(s.index - 1));
        }
        for (int i = s.index - 1; i >= 0 && i >= s.index - 2; i--) {
            ParsedSentence p = sentences.get(i);
            if (p.text(text).strip().endsWith(":")) {
                return firstSpeaker(p);
            }
        }
        return null;
    }

    private boolean insideQuote(ParsedSentence s) {
        int count = 0;
        for (int i = s.start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
                break;
            }
            if (c == '\u201c') {
                return count == 0;
            }
            if (c == '\u201d') {
                return false;
            }
            if (c == '"') {
                count++;
            }
        }
        return count % 2 == 1;
    }

    private Source firstSpeaker(ParsedSentence n) {
        for (IndexedWord w : n.graph.vertexListSorted()) {
            if (w.tag() != null && w.tag().startsWith("VB") && cues.reportingStance(w.lemma().toLowerCase()) != null) {
                Source src = speakerOf(n, w);
                if (src != null) {
                    return src;
                }
            }
        }
        return null;
    }

    private static void addModifiers(ParsedSentence s, IndexedWord w, Set<Integer> scope) {
        for (SemanticGraphEdge e : s.outgoing(w)) {
            String r = e.getRelation().toString();
            if (r.startsWith("advmod") || r.startsWith("aux") || r.equals("amod") || r.equals("mark") || r.equals("cop")
                    || r.equals("dep") || r.equals("det") || r.equals("advcl") && e.getDependent().tag().startsWith("VB")
                    && false) {
                scope.add(ParsedSentence.tok(e.getDependent()));
                for (IndexedWord d : s.children(e.getDependent(), "advmod")) {
                    scope.add(ParsedSentence.tok(d));
                }
            }
        }
    }

    /** The event's own words as a cue: subject start to trigger when short, else the trigger. */
    private int[] eventSpan(ParsedSentence s, IndexedWord t) {
        int trig = ParsedSentence.tok(t);
        List<Integer> sub = s.subtree(t, 60);
        int from = trig;
        int to = trig;
        for (int x : sub) {
            if (x < from && trig - x <= 6) {
                from = x;
            }
            if (x > to && x - trig <= 5) {
                to = x;
            }
        }
        while (from < trig && (s.tag(from).equals(",") || s.tag(from).equals("CC"))) {
            from++;
        }
        while (to > trig && (s.tag(to).equals(",") || s.tag(to).equals(".") || s.tag(to).equals("CC"))) {
            to--;
        }
        return new int[] {s.charStart(from), s.charEnd(to)};
    }
}
