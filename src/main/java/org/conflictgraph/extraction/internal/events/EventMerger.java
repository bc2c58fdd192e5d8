package org.conflictgraph.extraction.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.conflictgraph.extraction.ArticleExtraction.Fatalities;

/**
 * Folds the mentions of one article into events, in text order: mentions in one sentence with compatible
 * types, a definite back-reference ("the attack"), or mentions sharing a party (or a place) with compatible
 * types and no conflicting date are one event. Weak triggers ("the toll", "died") only join events.
 */
final class EventMerger {

    /** The scorer's and the analysts' notion of one kind of violence. */
    private static final Set<String> VIOLENT = Set.of("ATTACK", "CLASH", "KILLING", "BOMBING", "VIOLENCE_AGAINST_CIVILIANS");
    /** When mentions of compatible types merge, the more specific type wins. */
    private static final List<String> TYPE_PRIORITY = List.of("BOMBING", "VIOLENCE_AGAINST_CIVILIANS", "KILLING",
            "ATTACK", "CLASH");

    static final class MergedEvent {
        String type;
        final List<EventMention> mentions = new ArrayList<>();
        final List<String> perpetrators = new ArrayList<>();
        final List<String> victims = new ArrayList<>();
        final List<String> participants = new ArrayList<>();
        String place;
        String date;
        boolean dateFromReport;
        Fatalities fatalities;
        final List<ClaimDraft> claims = new ArrayList<>();
        int firstSentence;

        MergedEvent(EventMention m) {
            this.type = m.type;
            this.firstSentence = m.sentence.index;
            absorb(m);
        }

        void absorb(EventMention m) {
            mentions.add(m);
            firstSentence = Math.min(firstSentence, m.sentence.index);
            for (String p : m.perpetrators) {
                if (!victims.contains(p) && !participants.contains(p)) {
                    EventMention.addName(perpetrators, p);
                }
            }
            for (String v : m.victims) {
                if (!perpetrators.contains(v) && !participants.contains(v)) {
                    EventMention.addName(victims, v);
                }
            }
            for (String p : m.participants) {
                if (!perpetrators.contains(p) && !victims.contains(p)) {
                    EventMention.addName(participants, p);
                }
            }
            if (place == null) {
                place = m.place;
            }
            if (date == null || dateFromReport && m.date != null && !m.dateFromReport) {
                date = m.date;
                dateFromReport = m.dateFromReport;
            }
            fatalities = widen(fatalities, m.fatalities);
            claims.addAll(m.claims);
            if (!type.equals(m.type) && VIOLENT.contains(type) && VIOLENT.contains(m.type)
                    && TYPE_PRIORITY.indexOf(m.type) >= 0 && TYPE_PRIORITY.indexOf(m.type) < TYPE_PRIORITY.indexOf(type)
                    && m.sense.strong()) {
                type = m.type;
            }
        }

        boolean hasNames() {
            return !perpetrators.isEmpty() || !victims.isEmpty() || !participants.isEmpty() || place != null;
        }

        List<String> actorNames() {
            List<String> out = new ArrayList<>(perpetrators);
            out.addAll(victims);
            out.addAll(participants);
            return out;
        }
    }

    private final List<MergedEvent> events = new ArrayList<>();
    /** Whether a name is a person's (the article's actors). */
    private final java.util.function.Predicate<String> persons;

    EventMerger(java.util.function.Predicate<String> persons) {
        this.persons = persons;
    }

    EventMerger() {
        this(name -> false);
    }
    private final List<EventMention> pending = new ArrayList<>();
    /** Mentions naming nobody that found no event near them; the headline's event may still claim them. */
    private final List<EventMention> orphans = new ArrayList<>();

    List<MergedEvent> events() {
        return events;
    }

    /** Collects a mention; events are formed by {@link #merge()}. */
    void add(EventMention m) {
        pending.add(m);
    }

    /**
     * Two passes: mentions that name a party or a place form events (joining an earlier event they share a party
     * or place with); then mentions naming nobody ("the blast", "the toll", "died") join the nearest compatible
     * event, preferring one told before them.
     */
    List<MergedEvent> merge() {
        List<EventMention> bare = new ArrayList<>();
        for (EventMention m : pending) {
            if (!m.hasNames()) {
                bare.add(m);
                continue;
            }
            MergedEvent target = findNamed(m);
            if (target != null) {
                target.absorb(m);
            } else if (m.sense.strong() || !m.actorNames().isEmpty()) {
                // a weak trigger naming its parties ("Mansour's death") still tells an event
                events.add(new MergedEvent(m));
            } else {
                bare.add(m);
            }
        }
        for (EventMention m : bare) {
            MergedEvent target = nearest(m, 1);
            if (target == null && m.anaphoric) {
                target = lead(m);
            }
            if (target == null) {
                target = nearest(m, m.anaphoric || !m.sense.strong() ? 40 : 4);
            }
            if (target != null) {
                target.absorb(m);
            } else {
                orphans.add(m);
            }
        }
        events.sort((a, b) -> Integer.compare(a.firstSentence, b.firstSentence));
        return events;
    }

    /**
     * The story's own event, as its headline names it ("Gaza hospital blast"): a definite back-reference with the
     * headline's word ("the blast") means that event wherever it stands, also in a live blog told newest first,
     * and so do the violent mentions told in the same sentence as such a reference. Those mentions move to the
     * headline's event; events left without mentions vanish. Runs after {@link #merge()}, before claims that
     * stand alone in their sentence are placed.
     */
    void coalesceOnHeadline(Set<String> headlineLemmas, Set<String> headlineWords) {
        if (headlineLemmas.isEmpty()) {
            return;
        }
        // the headline's event: a mention of its type told outright, in the place the headline names, dated
        Set<String> headlineTypes = new java.util.HashSet<>();
        for (String l : headlineLemmas) {
            TriggerLexicon.shared().lookup(l).forEach(t -> headlineTypes.add(t.type()));
        }
        MergedEvent lead = null;
        int bestScore = 0;
        for (MergedEvent e : events) {
            if (e.mentions.stream().allMatch(x -> x.anaphoric) || headlineTypes.stream().noneMatch(t -> compatible(t, e.type))) {
                continue;
            }
            boolean placeNamed = e.place != null && java.util.Arrays.stream(e.place.toLowerCase(java.util.Locale.ROOT)
                    .split("[\\s-]+")).anyMatch(headlineWords::contains);
            int score = (placeNamed ? 2 : 0) + (e.mentions.stream().anyMatch(x -> !x.anaphoric && headlineTypes.contains(x.type)) ? 2 : 0)
                    + (e.date != null && !e.dateFromReport ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                lead = e;
            }
        }
        if (lead == null || bestScore < 3) {
            return;
        }
        final MergedEvent story = lead;
        Set<String> leadLemmas = new java.util.HashSet<>(headlineLemmas);
        lead.mentions.stream().filter(x -> !x.anaphoric).forEach(x -> leadLemmas.add(lemma(x)));
        List<MergedEvent> rebuilt = new ArrayList<>();
        for (MergedEvent e : events) {
            if (e == lead) {
                rebuilt.add(e);
                continue;
            }
            Set<Integer> refSentences = new java.util.HashSet<>();
            for (EventMention x : e.mentions) {
                if (x.anaphoric && !x.hasNames() && leadLemmas.contains(lemma(x)) && compatible(lead.type, x.type)) {
                    refSentences.add(x.sentence.index);
                }
            }
            // "the government blamed al-Shabaab for the attack": a back-reference that only adds a perpetrator
            if (refSentences.isEmpty() && e.mentions.stream().allMatch(x -> x.anaphoric && x.place == null
                    && x.victims.isEmpty() && x.participants.isEmpty() && x.date == null && compatible(story.type, x.type))
                    && (story.perpetrators.isEmpty() || e.perpetrators.stream().anyMatch(story.perpetrators::contains))) {
                e.mentions.forEach(x -> refSentences.add(x.sentence.index));
            }
            if (refSentences.isEmpty() && e.mentions.stream().noneMatch(EventMerger::unnamedToll)) {
                rebuilt.add(e);
                continue;
            }
            List<EventMention> staying = new ArrayList<>();
            for (EventMention x : e.mentions) {
                boolean moves = (refSentences.contains(x.sentence.index) || unnamedToll(x)) && compatible(lead.type, x.type)
                        && (x.place == null || lead.place == null || x.place.equals(lead.place))
                        && datesAgree(lead, x);
                if (moves) {
                    lead.absorb(x);
                } else {
                    staying.add(x);
                }
            }
            if (!staying.isEmpty()) {
                MergedEvent rest = new MergedEvent(staying.get(0));
                staying.stream().skip(1).forEach(rest::absorb);
                rebuilt.add(rest);
            }
        }
        for (EventMention x : orphans) {
            boolean backReference = x.anaphoric && leadLemmas.contains(lemma(x));
            if ((toll(x) || backReference) && compatible(lead.type, x.type) && datesAgree(lead, x)) {
                lead.absorb(x);
            }
        }
        events.clear();
        events.addAll(rebuilt);
        events.sort((a, b) -> Integer.compare(a.firstSentence, b.firstSentence));
    }

    private static boolean toll(EventMention x) {
        return x.type.equals("KILLING") && x.fatalities != null;
    }

    /** A toll told with nobody named ("471 people had been killed"): the story's toll. */
    private static boolean unnamedToll(EventMention x) {
        return toll(x) && !x.hasNames();
    }

    /** No conflict between firm dates; a date taken from the telling ("said on Friday") conflicts with nothing. */
    private static boolean datesAgree(MergedEvent e, EventMention x) {
        return x.dateFromReport || e.dateFromReport || !datesConflict(e.date, x.date);
    }

    private static String lemma(EventMention x) {
        return x.sense.lemma();
    }

    private MergedEvent findNamed(EventMention m) {
        for (int i = events.size() - 1; i >= 0; i--) {
            MergedEvent e = events.get(i);
            if (!compatible(e.type, m.type)) {
                continue;
            }
            // a person is killed once: two killings of the same named person are one event, whatever the dates
            if (m.type.equals("KILLING") && e.type.equals("KILLING")
                    && m.victims.stream().anyMatch(v -> e.victims.contains(v) && persons.test(v))) {
                return e;
            }
            if (!e.dateFromReport && !m.dateFromReport && datesConflict(e.date, m.date)) {
                continue;
            }
            boolean conflictingPerps = !m.perpetrators.isEmpty() && !e.perpetrators.isEmpty()
                    && m.perpetrators.stream().noneMatch(e.perpetrators::contains);
            boolean conflictingPlaces = m.place != null && e.place != null && !m.place.equals(e.place);
            if (conflictingPerps) {
                continue;
            }
            boolean sameSentence = e.mentions.stream().anyMatch(x -> x.sentence.index == m.sentence.index);
            if (sameSentence && !conflictingPlaces) {
                return e;
            }
            boolean shared = m.actorNames().stream().anyMatch(e.actorNames()::contains);
            if (shared && !conflictingPlaces) {
                return e;
            }
            // a mention that names no place of its own, told in a paragraph about an event, is about that event
            boolean sameParagraph = e.mentions.stream().anyMatch(x -> x.sentence.paragraph == m.sentence.paragraph
                    && Math.abs(x.sentence.index - m.sentence.index) <= 2);
            if (sameParagraph && m.place == null && (m.date == null || m.dateFromReport) && e.place != null
                    && !conflictingPlaces) {
                return e;
            }
            boolean nearby = Math.abs(lastSentence(e) - m.sentence.index) <= 3;
            if (m.place != null && m.place.equals(e.place)
                    && (nearby || m.anaphoric || m.actorNames().isEmpty() || e.actorNames().isEmpty() || shared)) {
                return e;
            }
        }
        return null;
    }

    private static boolean perpsConflict(MergedEvent e, EventMention m) {
        return !m.perpetrators.isEmpty() && !e.perpetrators.isEmpty() && m.perpetrators.stream().noneMatch(e.perpetrators::contains);
    }

    /**
     * The article's lead event of a compatible type: told in its first sentences. News refers back to it as
     * "the attack", "the blast" long after background events have been told.
     */
    private MergedEvent lead(EventMention m) {
        MergedEvent best = null;
        for (MergedEvent e : events) {
            if (e.firstSentence <= 2 && compatible(e.type, m.type) && !datesConflict(e.date, m.date)
                    && (best == null || e.firstSentence < best.firstSentence)) {
                best = e;
            }
        }
        return best;
    }

    /** The compatible event closest to a mention that names nobody (earlier ones count as closer). */
    MergedEvent nearest(EventMention m, int window) {
        return nearest(m.sentence.index, window, e -> compatible(e.type, m.type) && !datesConflict(e.date, m.date));
    }

    MergedEvent nearest(int sentence, int window, java.util.function.Predicate<MergedEvent> ok) {
        MergedEvent best = null;
        double bestDistance = Double.MAX_VALUE;
        for (MergedEvent e : events) {
            if (!ok.test(e)) {
                continue;
            }
            for (EventMention x : e.mentions) {
                int d = sentence - x.sentence.index;
                double distance = d >= 0 ? d : -d * 1.5;
                if (Math.abs(d) <= window && distance < bestDistance) {
                    bestDistance = distance;
                    best = e;
                }
            }
        }
        return best;
    }

    static int lastSentence(MergedEvent e) {
        int last = e.firstSentence;
        for (EventMention m : e.mentions) {
            last = Math.max(last, m.sentence.index);
        }
        return last;
    }

    static boolean compatible(String a, String b) {
        return a.equals(b) || VIOLENT.contains(a) && VIOLENT.contains(b);
    }

    static boolean datesConflict(String a, String b) {
        return a != null && b != null && !a.startsWith(b) && !b.startsWith(a);
    }

    static Fatalities widen(Fatalities a, Fatalities b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new Fatalities(Math.min(a.low(), b.low()), Math.max(a.high(), b.high()));
    }
}
