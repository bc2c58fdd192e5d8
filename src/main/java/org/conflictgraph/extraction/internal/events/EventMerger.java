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
        Fatalities fatalities;
        final List<ClaimDraft> claims = new ArrayList<>();
        final int firstSentence;

        MergedEvent(EventMention m) {
            this.type = m.type;
            this.firstSentence = m.sentence.index;
            absorb(m);
        }

        void absorb(EventMention m) {
            mentions.add(m);
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
            if (date == null) {
                date = m.date;
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
    private MergedEvent lastTouched;

    List<MergedEvent> events() {
        return events;
    }

    MergedEvent lastTouched() {
        return lastTouched;
    }

    /** Adds a mention; returns the event it went to, or null when a weak mention found nothing to join. */
    MergedEvent add(EventMention m) {
        MergedEvent target = find(m);
        if (target != null) {
            target.absorb(m);
        } else if (m.sense.strong()) {
            target = new MergedEvent(m);
            events.add(target);
        }
        if (target != null) {
            lastTouched = target;
        }
        return target;
    }

    private MergedEvent find(EventMention m) {
        for (int i = events.size() - 1; i >= 0; i--) {
            MergedEvent e = events.get(i);
            if (!compatible(e.type, m.type) || datesConflict(e.date, m.date)) {
                continue;
            }
            boolean sameSentence = e.mentions.stream().anyMatch(x -> x.sentence.index == m.sentence.index);
            if (sameSentence) {
                return e;
            }
        }
        boolean bare = m.actorNames().isEmpty();
        for (int i = events.size() - 1; i >= 0; i--) {
            MergedEvent e = events.get(i);
            if (!compatible(e.type, m.type) || datesConflict(e.date, m.date)) {
                continue;
            }
            if (bare && (m.anaphoric || !m.sense.strong()) && (m.place == null || m.place.equals(e.place) || e.place == null)) {
                return e;
            }
            boolean shared = m.actorNames().stream().anyMatch(e.actorNames()::contains);
            boolean conflictingPerps = !m.perpetrators.isEmpty() && !e.perpetrators.isEmpty()
                    && m.perpetrators.stream().noneMatch(e.perpetrators::contains);
            if (shared && !conflictingPerps) {
                return e;
            }
            if (m.place != null && m.place.equals(e.place) && (bare || e.actorNames().isEmpty())) {
                return e;
            }
        }
        return null;
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
