package org.conflictgraph.extraction.internal.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.conflictgraph.extraction.ArticleExtraction.Claim;
import org.conflictgraph.extraction.ArticleExtraction.Event;
import org.conflictgraph.extraction.ArticleExtraction.Fatalities;
import org.conflictgraph.extraction.ArticleExtraction.Source;
import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.extraction.internal.nlp.Entities;
import org.conflictgraph.extraction.internal.nlp.Mention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Typed events with arguments, and the attributed claims (source, stance, cue, offsets) about each. */
public final class EventExtractor {

    private static final Logger log = LoggerFactory.getLogger(EventExtractor.class);

    public record Result(List<Source> sources, List<Event> events) {
    }

    public Result extract(Annotation doc, ArticleText article, Entities entities) {
        String text = article.text() == null ? "" : article.text();
        List<CoreMap> raw = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (raw == null || raw.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        if (entities.mentions().isEmpty()) {
            entities = NerFallbackEntities.from(doc);
        }
        List<ParsedSentence> sentences = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            int start = raw.get(i).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            sentences.add(new ParsedSentence(i, raw.get(i), paragraphOf(article, text, start)));
        }
        String outletName = article.meta() != null && article.meta().outlet() != null && !article.meta().outlet().isBlank()
                ? article.meta().outlet() : "the outlet";
        Source outlet = new Source(outletName, "MEDIA", null);
        EntityNames names = new EntityNames(entities);
        CueLexicon cues = CueLexicon.shared();
        SourceRecognizer sources = new SourceRecognizer(names, text);
        StanceClassifier stances = new StanceClassifier(cues, text);
        ClaimAttributor claims = new ClaimAttributor(cues, sources, stances, outlet, sentences, text);
        EventDetector detector = new EventDetector(TriggerLexicon.shared(), names, new ArgumentExtractor(names));
        DateResolver dates = new DateResolver(article.meta() == null ? null : article.meta().published());
        FatalityParser fatalities = new FatalityParser();
        Set<String> persons = new java.util.HashSet<>();
        entities.actors().forEach(a -> persons.add(a.name()));
        EventMerger merger = new EventMerger(persons::contains);

        List<ClaimDraft> loose = new ArrayList<>();
        for (ParsedSentence s : sentences) {
            try {
                sources.at(s);
                List<EventMention> mentions = detector.detect(s);
                for (EventMention m : mentions) {
                    DateResolver.Resolved when = dates.resolveWithOrigin(s, m.trigger);
                    m.date = when.date();
                    m.dateFromReport = when.fromAbove();
                    if (ArgumentExtractor.isViolent(m.type)) {
                        m.fatalities = fatalities.parse(s);
                    }
                    m.claims.addAll(claims.attribute(m));
                    for (ClaimDraft c : m.claims) {
                        if (c.stance.equals("ASSERTS") || c.stance.equals("HEDGES")) {
                            c.fatalities = m.fatalities;
                        }
                    }
                    merger.add(m);
                    if (log.isDebugEnabled()) {
                        log.debug("s{} '{}' {} perp={} vict={} part={} place={} date={} fat={} anaphoric={} claims={}",
                                s.index, s.word(m.trigger), m.type, m.perpetrators, m.victims, m.participants, m.place,
                                m.date, m.fatalities, m.anaphoric,
                                m.claims.stream().map(c -> c.source.name() + "/" + c.source.kind() + "/" + c.stance + "["
                                        + text.substring(Math.max(0, c.cueStart), Math.max(0, c.cueEnd)) + "]").toList());
                    }
                }
                Set<Integer> usedVerbs = new java.util.HashSet<>();
                mentions.forEach(m -> m.claims.forEach(c -> usedVerbs.add(c.reportingToken)));
                for (ClaimDraft c : reportedStatements(s, claims, cues, stances, names, usedVerbs)) {
                    boolean told = mentions.stream().anyMatch(m -> m.claims.stream().anyMatch(x -> x.source.equals(c.source)));
                    if (!told) {
                        loose.add(c);
                    }
                }
                for (ClaimDraft c : sentenceLevelClaims(s, claims, cues, stances, names)) {
                    boolean told = mentions.stream().anyMatch(m -> m.claims.stream().anyMatch(x ->
                            x.stance.equals(c.stance) && (x.source.equals(c.source) || c.stance.equals("HEDGES"))));
                    // a denial that names what it denies ("denied that Eritrean troops were in Tigray") may be about
                    // another event than the one this sentence's mention tells
                    boolean elsewhere = "DENIES".equals(c.stance) && !c.about.isEmpty() && mentions.stream()
                            .noneMatch(m -> c.about.stream().anyMatch(n -> m.actorNames().contains(n) || n.equals(m.place))
                                    || c.contentTokens.contains(m.trigger));
                    if (!told || elsewhere) {
                        loose.add(c);
                    }
                }
                claims.rememberSpeakers(s);
            } catch (RuntimeException e) {
                // one unparseable sentence must not lose the article
                log.debug("event extraction skipped sentence {}: {}", s.index, e.toString());
            }
        }
        merger.merge();
        coalesceOnHeadline(article, merger);
        if (log.isDebugEnabled()) {
            for (EventMerger.MergedEvent e : merger.events()) {
                log.debug("merged {} place={} date={} perp={} mentions={}", e.type, e.place, e.date, e.perpetrators,
                        e.mentions.stream().map(x -> "s" + x.sentence.index + ":" + x.sentence.word(x.trigger)).toList());
            }
        }
        for (ClaimDraft c : loose) {
            EventMerger.MergedEvent target = targetOf(c, names, merger);
            if (target != null) {
                target.claims.add(c);
                log.debug("s{} loose claim {}/{} -> ev@{}", c.sentence.index, c.source.name(), c.stance, target.firstSentence);
            }
        }
        // a plural source ("the groups say") is a claim by each of its bodies
        for (EventMerger.MergedEvent e : merger.events()) {
            List<ClaimDraft> split = new ArrayList<>();
            for (ClaimDraft c : e.claims) {
                for (Source member : sources.members(c.source)) {
                    split.add(member.equals(c.source) ? c : c.withSource(member));
                }
            }
            e.claims.clear();
            e.claims.addAll(split);
        }
        try {
            return build(article, text, outlet, merger);
        } catch (RuntimeException e) {
            log.warn("event extraction failed while assembling events: {}", e.toString());
            return new Result(List.of(), List.of());
        }
    }

    /**
     * Sentences with no event of their own that deny or hedge one already told ("the Taliban insist he is
     * alive", "the toll could not be independently verified"); {@link #targetOf} picks their event.
     */
    private List<ClaimDraft> sentenceLevelClaims(ParsedSentence s, ClaimAttributor claims, CueLexicon cues,
                                                 StanceClassifier stances, EntityNames names) {
        List<ClaimDraft> out = new ArrayList<>();
        ClaimDraft caveat = claims.caveat(s);
        if (caveat != null) {
            out.add(caveat);
        }
        int[] denyPhrase = stances.findPhrase(s, cues.denyPhrases);
        List<IndexedWord> verbs = new ArrayList<>(s.graph.vertexListSorted());
        boolean denyingVerb = verbs.stream().anyMatch(w -> w.tag() != null && w.tag().startsWith("VB")
                && "DENIES".equals(cues.reportingStance(w.lemma().toLowerCase())));
        if (denyPhrase != null && !denyingVerb) {
            // "quoted an official source as saying the allegations were a fabrication": the verb nearest before
            // the denying words tells the denial
            final int phraseAt = denyPhrase[0];
            verbs.removeIf(w -> s.charStart(ParsedSentence.tok(w)) > phraseAt);
            java.util.Collections.reverse(verbs);
        }
        for (IndexedWord w : verbs) {
            String lemma = w.lemma() == null ? "" : w.lemma().toLowerCase();
            String stance = w.tag() != null && w.tag().startsWith("VB") ? cues.reportingStance(lemma) : null;
            ClaimDraft unconfirmed = stance == null ? null : claims.unconfirmedBy(s, w);
            if (unconfirmed != null) {
                contentNames(s, w, names, unconfirmed);
                out.add(unconfirmed);
                continue;
            }
            if (stance == null || !("DENIES".equals(stance) || denyPhrase != null)) {
                continue;
            }
            if (denyPhrase == null && !deniesAnAccount(s, w)) {
                continue; // "officials dismissed the threat" is no denial of an event
            }
            Source src = claims.speakerOf(s, w);
            if (src == null) {
                continue;
            }
            int cs = "DENIES".equals(stance) ? s.charStart(ParsedSentence.tok(w)) : denyPhrase[0];
            int ce = "DENIES".equals(stance) ? s.charEnd(ParsedSentence.tok(w)) : denyPhrase[1];
            ClaimDraft c = new ClaimDraft(src, "DENIES", cs, ce, s, 0.6);
            contentNames(s, w, names, c);
            // "rejected the accusation", "denies it": of what was told just before
            Set<String> definite = Set.of("the", "this", "that", "these", "such");
            boolean backToAccount = s.childrenExact(w, "obj").stream().anyMatch(o -> ACCOUNTS.contains(o.lemma().toLowerCase())
                    && s.children(o, "det").stream().anyMatch(d -> definite.contains(d.word().toLowerCase()))
                    && !s.hasChild(o, "nmod:of") && !s.hasChild(o, "acl"));
            boolean backToAnything = c.about.isEmpty() && s.childrenExact(w, "obj").stream().anyMatch(o ->
                    o.tag() != null && o.tag().startsWith("PRP")
                            || s.children(o, "det").stream().anyMatch(d -> definite.contains(d.word().toLowerCase())));
            c.refersBack = backToAccount || backToAnything;
            // the accused rejects the accusation: perpetrators extraction missed must not hide the event
            c.accusedBack = backToAccount;
            out.add(c);
            break;
        }
        return out;
    }

    /** Who denies something in this sentence with a denying verb. */
    private static Set<Source> deniersIn(ParsedSentence s, CueLexicon cues, ClaimAttributor claims) {
        Set<Source> deniers = new java.util.HashSet<>();
        for (IndexedWord v : s.graph.vertexListSorted()) {
            if (v.tag() != null && v.tag().startsWith("VB") && "DENIES".equals(cues.reportingStance(v.lemma().toLowerCase()))) {
                Source speaker = claims.speakerOf(s, v);
                if (speaker != null) {
                    deniers.add(speaker);
                }
            }
        }
        return deniers;
    }


    /** The subtree of {@code w} without relative clauses and appositions, which describe rather than tell. */
    private static List<Integer> withoutDescriptions(ParsedSentence s, IndexedWord w) {
        Set<Integer> drop = new java.util.HashSet<>();
        for (int t : s.subtree(w, 300)) {
            var node = s.node(t).orElse(null);
            var up = node == null ? null : s.parentEdge(node);
            if (up != null && (up.getRelation().toString().startsWith("acl") || up.getRelation().toString().equals("appos"))) {
                drop.addAll(s.subtree(node, 300));
            }
        }
        return s.subtree(w, 300).stream().filter(t -> !drop.contains(t)).toList();
    }

    /** The parties and places named in what a reporting verb reports (its clause or object), speaker left out. */
    private static void contentNames(ParsedSentence s, IndexedWord verb, EntityNames names, ClaimDraft c) {
        for (var e : s.outgoing(verb)) {
            String r = e.getRelation().toString();
            if (r.startsWith("ccomp") || r.startsWith("xcomp") || r.equals("obj") || r.startsWith("obl:of")
                    || r.startsWith("obl:in")) {
                c.contentTokens.addAll(s.subtree(e.getDependent(), 300));
                for (int t : withoutDescriptions(s, e.getDependent())) {
                    names.at(s, t).ifPresent(m -> {
                        if (!m.entityName().equals(c.source.name()) && !m.entityName().equals(c.source.speaksFor())) {
                            c.about.add(m.entityName());
                        }
                    });
                }
            }
        }
    }

    /**
     * Statements about an event that name no event word of their own ("the Houthis said ten drones had taken
     * part", "Pompeo accused Iran of an unprecedented assault" once the assault is told elsewhere): a reporting
     * verb not yet used by a mention's claim, a named speaker, and reported content that names a party or place.
     * Its stance comes from the verb and the cues in the content; {@link #targetOf} picks the event by those names.
     */
    private List<ClaimDraft> reportedStatements(ParsedSentence s, ClaimAttributor claims, CueLexicon cues,
                                                StanceClassifier stances, EntityNames names, Set<Integer> usedVerbs) {
        List<ClaimDraft> out = new ArrayList<>();
        Set<Source> deniers = null;
        for (IndexedWord w : s.graph.vertexListSorted()) {
            String base = w.tag() != null && w.tag().startsWith("VB") ? cues.reportingStance(w.lemma().toLowerCase()) : null;
            if (base == null || "DENIES".equals(base) || usedVerbs.contains(ParsedSentence.tok(w))) {
                continue; // denials have their own, stricter rule below
            }
            var above = s.parentEdge(w);
            if (above != null && "DENIES".equals(cues.reportingStance(above.getGovernor().lemma().toLowerCase()))) {
                continue; // "rejected the accusation, saying Israel was lying": part of the denial
            }
            List<Integer> content = new ArrayList<>();
            List<Integer> heads = new ArrayList<>();
            for (var e : s.outgoing(w)) {
                String r = e.getRelation().toString();
                if (r.startsWith("ccomp") || r.startsWith("xcomp") || r.equals("obj") || r.startsWith("obl:of")
                        || r.startsWith("obl:for")) {
                    content.addAll(s.subtree(e.getDependent(), 300));
                    if (r.startsWith("ccomp") || r.startsWith("xcomp")) {
                        heads.add(ParsedSentence.tok(e.getDependent()));
                    }
                }
            }
            var hung = s.parentEdge(w);
            if (content.isEmpty() && hung != null && (hung.getRelation().toString().startsWith("parataxis")
                    || hung.getRelation().toString().startsWith("ccomp") && ParsedSentence.tok(hung.getGovernor()) < ParsedSentence.tok(w))) {
                // "'The rumours will pressure the Taliban,' an official said": the quote the verb hangs from
                Set<Integer> own = new java.util.HashSet<>(s.subtree(w, 300));
                s.subtree(hung.getGovernor(), 300).stream().filter(t -> !own.contains(t)).forEach(content::add);
                heads.add(ParsedSentence.tok(hung.getGovernor()));
            }
            if (content.isEmpty()) {
                continue;
            }
            Source src = claims.speakerOf(s, w);
            if (src == null) {
                continue;
            }
            if (deniers == null) {
                deniers = deniersIn(s, cues, claims);
            }
            if (deniers.contains(src)) {
                continue; // "rejected the accusation, saying Israel was lying": part of the denial
            }
            var st = stances.classify(s, content, content, heads, base, s.charStart(ParsedSentence.tok(w)),
                    s.charEnd(ParsedSentence.tok(w)));
            if ("DENIES".equals(st.stance())) {
                continue; // a negation somewhere in a statement says too little about which event it denies
            }
            ClaimDraft c = new ClaimDraft(src, st.stance(), st.cueStart(), st.cueEnd(), s, 0.5);
            c.statement = true;
            c.reportingToken = ParsedSentence.tok(w);
            for (int t : content) {
                names.at(s, t).ifPresent(m -> {
                    if (!m.entityName().equals(src.name()) && !m.entityName().equals(src.speaksFor())) {
                        c.about.add(m.entityName());
                    }
                });
            }
            if (!c.about.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Nouns for what a denial rejects when it rejects an account of an event. */
    private static final Set<String> ACCOUNTS = Set.of("accusation", "allegation", "claim", "charge", "report",
            "account", "involvement", "responsibility", "role", "part", "statement", "story", "version", "blame",
            "suggestion", "assertion", "link", "participation");

    private static boolean deniesAnAccount(ParsedSentence s, IndexedWord verb) {
        if (s.hasChild(verb, "ccomp") || s.hasChild(verb, "xcomp")) {
            return true;
        }
        for (IndexedWord o : s.childrenExact(verb, "obj")) {
            if (ACCOUNTS.contains(o.lemma().toLowerCase()) || Set.of("it", "this", "that").contains(o.word().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** The event a loose claim is about: one whose parties the sentence names, else the nearest violent one. */
    private EventMerger.MergedEvent targetOf(ClaimDraft c, EntityNames names, EventMerger merger) {
        ParsedSentence s = c.sentence;
        java.util.Set<String> named = new java.util.HashSet<>(c.about);
        if (named.isEmpty()) {
            for (Mention m : names.entities.inSentence(s.index)) {
                named.add(m.entityName());
            }
        }
        named.remove(c.source.name());
        java.util.function.Predicate<EventMerger.MergedEvent> namesIt =
                e -> (e.actorNames().stream().anyMatch(named::contains) || e.place != null && named.contains(e.place))
                        && deniesOwnPart(c, e);
        if (c.refersBack) {
            // "rejected the accusation": the event of the claims told just before
            EventMerger.MergedEvent back = null;
            int latest = -1;
            for (EventMerger.MergedEvent e : merger.events()) {
                if (!deniesOwnPart(c, e) && !c.accusedBack) {
                    continue;
                }
                for (ClaimDraft x : e.claims) {
                    if (x.sentence != null && x.sentence.index <= s.index && x.sentence.index >= s.index - 2
                            && !x.source.equals(c.source) && x.sentence.index > latest) {
                        latest = x.sentence.index;
                        back = e;
                    }
                }
            }
            if (back != null) {
                return back;
            }
        }
        if (!c.about.isEmpty()) {
            // the event that names most of what the statement names, the nearest among equals; a denial or a
            // hedge is about violence before anything else it names
            EventMerger.MergedEvent best = null;
            long[] bestKey = null;
            for (EventMerger.MergedEvent e : merger.events()) {
                long shared = c.about.stream().filter(n -> e.actorNames().contains(n) || n.equals(e.place)).count();
                if (shared == 0 || c.statement && c.about.stream().noneMatch(e.actorNames()::contains)
                        || !deniesOwnPart(c, e)) {
                    continue; // a statement about an event names one of its parties, not only its place
                }
                int distance = e.mentions.stream().mapToInt(x -> Math.abs(x.sentence.index - s.index)).min().orElse(999);
                long[] key = {deniesOwnPart(c, e) ? 1 : 0,
                        !"ASSERTS".equals(c.stance) && ArgumentExtractor.isViolent(e.type) ? 1 : 0, shared, -distance};
                if (bestKey == null || java.util.Arrays.compare(key, bestKey) > 0) {
                    best = e;
                    bestKey = key;
                }
            }
            if (best != null) {
                return best;
            }
        }
        if (c.caveat && c.about.isEmpty()) {
            // "the accounts could not be independently verified": the story's most disputed telling
            EventMerger.MergedEvent main = merger.events().stream().filter(EventMerger.MergedEvent::hasNames)
                    .max(java.util.Comparator.comparingLong(e -> e.claims.stream().map(x -> x.source).distinct().count()))
                    .orElse(null);
            if (main != null && main.claims.stream().map(x -> x.source).distinct().count() >= 3) {
                return main;
            }
        }
        EventMerger.MergedEvent target = merger.nearest(s.index, 60, e -> ArgumentExtractor.isViolent(e.type) && namesIt.test(e));
        if (target == null && "DENIES".equals(c.stance)) {
            // a denial naming none of the parties is about the story's main event: the first violent one told
            target = merger.events().stream().filter(e -> ArgumentExtractor.isViolent(e.type) && e.hasNames())
                    .min(java.util.Comparator.comparingInt(e -> e.firstSentence)).orElse(null);
        }
        if (target == null && c.about.isEmpty()) {
            target = merger.nearest(s.index, 6, e -> ArgumentExtractor.isViolent(e.type));
        }
        return target != null ? target : merger.nearest(s.index, 60, namesIt);
    }

    /**
     * A party denies its own alleged part: an event whose known perpetrators are others (and not the body the
     * speaker stands for) is not what the speaker denies. Any event fits a claim that is no denial.
     */
    private static boolean deniesOwnPart(ClaimDraft c, EventMerger.MergedEvent e) {
        if (!"DENIES".equals(c.stance) || e.perpetrators.isEmpty()) {
            return true;
        }
        return e.perpetrators.stream().anyMatch(p -> sameSide(p, c.source.name())
                || c.source.speaksFor() != null && sameSide(p, c.source.speaksFor()));
    }

    /** Two names of one side: equal, one inside the other, or sharing a country stem ("Eritrea", "Eritrean troops"). */
    private static boolean sameSide(String a, String b) {
        String x = a.toLowerCase();
        String y = b.toLowerCase();
        if (x.equals(y) || x.contains(y) || y.contains(x)) {
            return true;
        }
        for (String wx : a.split("[\\s-]+")) {
            for (String wy : b.split("[\\s-]+")) {
                if (wx.length() >= 5 && wy.length() >= 5 && Character.isUpperCase(wx.charAt(0))
                        && Character.isUpperCase(wy.charAt(0)) && wx.regionMatches(true, 0, wy, 0, 5)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Result build(ArticleText article, String text, Source outlet, EventMerger merger) {
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        List<EventMerger.MergedEvent> kept = merger.events().stream().filter(EventMerger.MergedEvent::hasNames).toList();
        headlineHedge(article, text, outlet, kept);
        int n = 0;
        for (EventMerger.MergedEvent e : kept) {
            List<Claim> cl = dedupe(e.claims, text);
            if (cl.isEmpty()) {
                continue;
            }
            for (ClaimDraft c : e.claims) {
                sources.merge(c.source.name(), c.source, (a, b) -> a.speaksFor() != null ? a : b);
            }
            Fatalities fat = e.fatalities;
            for (Claim c : cl) {
                fat = EventMerger.widen(fat, c.fatalities());
                // whom any source blames is an alleged perpetrator of the event; the claim keeps who said so
                if (!"DENIES".equals(c.stance()) && c.perpetrators() != null) {
                    for (String p : c.perpetrators()) {
                        if (!e.victims.contains(p) && !e.participants.contains(p)) {
                            EventMention.addName(e.perpetrators, p);
                        }
                    }
                }
            }
            EventMention first = e.mentions.stream().filter(x -> x.sense.strong()).findFirst().orElse(e.mentions.get(0));
            String summary = first.sentence.text(text).replaceAll("\\s+", " ").strip();
            if (summary.length() > 240) {
                summary = summary.substring(0, 237) + "...";
            }
            double confidence = Math.min(0.95, 0.4 + 0.1 * Math.min(4, e.actorNames().size() + (e.place == null ? 0 : 1))
                    + (e.mentions.size() > 1 ? 0.1 : 0));
            n++;
            events.add(new Event("e" + n, e.type, summary, e.perpetrators, e.victims, e.participants, e.place, e.date,
                    fat, cl, StatusDeriver.status(cl), null, confidence));
        }
        return new Result(List.copyOf(sources.values()), events);
    }

    /** The trigger lemmas and words of the headline, for {@link EventMerger#coalesceOnHeadline}. */
    private static void coalesceOnHeadline(ArticleText article, EventMerger merger) {
        if (article.meta() == null || article.meta().title() == null) {
            return;
        }
        Set<String> lemmas = new java.util.HashSet<>();
        Set<String> words = new java.util.HashSet<>();
        for (String word : article.meta().title().split("[\\s?!.,:;\u2013\u2014|]+")) {
            String w = word.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]", "");
            if (w.length() < 3) {
                continue;
            }
            words.add(w.replaceAll("(?<=..)s$", ""));
            words.add(w);
            for (TriggerLexicon.Trigger t : TriggerLexicon.shared().lookupWordForm(w)) {
                if (ArgumentExtractor.isViolent(t.type()) && t.strong()) {
                    lemmas.add(t.lemma());
                }
            }
        }
        log.debug("headline lemmas={} words={}", lemmas, words);
        merger.coalesceOnHeadline(lemmas, words);
    }

    /** A question headline is the outlet hedging the event the headline names. */
    private void headlineHedge(ArticleText article, String text, Source outlet, List<EventMerger.MergedEvent> events) {
        if (article.meta() == null || !article.meta().headlineIsQuestion() || article.meta().title() == null) {
            return;
        }
        String title = article.meta().title().strip();
        Set<String> types = new java.util.HashSet<>();
        for (String word : title.split("[\\s?!.,:;]+")) {
            for (TriggerLexicon.Trigger t : TriggerLexicon.shared().lookupWordForm(word)) {
                types.add(t.type());
            }
        }
        for (EventMerger.MergedEvent e : events) {
            if (types.stream().anyMatch(t -> EventMerger.compatible(t.contains("|") ? "ARREST" : t, e.type))) {
                int at = text.indexOf(title);
                ClaimDraft c = new ClaimDraft(outlet, "HEDGES", at, at < 0 ? -1 : at + title.length(), null, 0.7);
                c.cueText = title;
                e.claims.add(c);
                return;
            }
        }
    }

    /** One claim per source and stance (the first, most confident wording), with tolls and blame combined. */
    private List<Claim> dedupe(List<ClaimDraft> drafts, String text) {
        Map<String, List<ClaimDraft>> groups = new LinkedHashMap<>();
        Set<String> asserting = new java.util.HashSet<>();
        drafts.stream().filter(d -> d.stance.equals("ASSERTS")).forEach(d -> asserting.add(d.source.name()));
        for (ClaimDraft d : drafts) {
            // a source that states the event and hedges a detail of it ("... killings may amount to crimes") asserts it
            String stance = d.stance.equals("HEDGES") && asserting.contains(d.source.name()) && d.sentence != null
                    && drafts.stream().anyMatch(x -> x.stance.equals("ASSERTS") && x.source.equals(d.source) && x.sentence == d.sentence)
                    ? "ASSERTS" : d.stance;
            if (!stance.equals(d.stance)) {
                d.cueStart = -1; // the hedge's cue no longer carries the stance; the asserting draft's does
            }
            groups.computeIfAbsent(d.source.name() + "\u0000" + stance, k -> new ArrayList<>()).add(d);
        }
        List<Claim> out = new ArrayList<>();
        for (List<ClaimDraft> g : groups.values()) {
            ClaimDraft best = g.stream().filter(d -> d.cueStart >= 0 || d.cueText != null).findFirst().orElse(g.get(0));
            Fatalities fat = null;
            List<String> perps = new ArrayList<>();
            for (ClaimDraft d : g) {
                if (d.confidence > best.confidence && (d.cueStart >= 0 || d.cueText != null)) {
                    best = d;
                }
                fat = EventMerger.widen(fat, d.fatalities);
                d.perpetrators.forEach(p -> EventMention.addName(perps, p));
            }
            boolean hasCue = best.cueStart >= 0 && best.cueEnd <= text.length() && best.cueStart < best.cueEnd;
            String cue = hasCue ? text.substring(best.cueStart, best.cueEnd) : best.cueText;
            ParsedSentence s = best.sentence;
            out.add(new Claim(best.source.name(), best.stance, cue, hasCue ? best.cueStart : null,
                    hasCue ? best.cueEnd : null, s == null ? null : s.text(text), s == null ? null : s.start,
                    s == null ? null : s.end, fat, perps, best.confidence));
        }
        return out;
    }

    private static int paragraphOf(ArticleText article, String text, int offset) {
        if (article.paragraphs() != null && !article.paragraphs().isEmpty()) {
            for (int i = 0; i < article.paragraphs().size(); i++) {
                int[] p = article.paragraphs().get(i);
                if (offset >= p[0] && offset < p[1]) {
                    return i;
                }
            }
        }
        int count = 0;
        int from = 0;
        while (true) {
            int i = text.indexOf("\n\n", from);
            if (i < 0 || i >= offset) {
                return count;
            }
            count++;
            from = i + 2;
        }
    }
}
