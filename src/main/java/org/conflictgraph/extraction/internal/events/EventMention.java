package org.conflictgraph.extraction.internal.events;

import java.util.ArrayList;
import java.util.List;

import org.conflictgraph.extraction.ArticleExtraction.Fatalities;

/** One textual mention of an event (a trigger with its arguments), before mentions are merged into events. */
final class EventMention {

    final ParsedSentence sentence;
    final int trigger;
    final TriggerLexicon.Trigger sense;
    String type;
    final List<String> perpetrators = new ArrayList<>();
    final List<String> victims = new ArrayList<>();
    final List<String> participants = new ArrayList<>();
    String place;
    String date;
    /** The date came from a reporting clause above the trigger: the telling's date, perhaps not the event's. */
    boolean dateFromReport;
    Fatalities fatalities;
    /** "the attack", "the blast": a definite noun that refers back to an event already told. */
    boolean anaphoric;
    final List<ClaimDraft> claims = new ArrayList<>();

    EventMention(ParsedSentence sentence, int trigger, TriggerLexicon.Trigger sense, String type) {
        this.sentence = sentence;
        this.trigger = trigger;
        this.sense = sense;
        this.type = type;
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

    static void addName(List<String> list, String name) {
        if (name != null && !list.contains(name)) {
            list.add(name);
        }
    }
}
