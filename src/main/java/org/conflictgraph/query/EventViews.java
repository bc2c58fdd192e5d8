package org.conflictgraph.query;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** JSON shapes of events and their claims as the read API answers them (camelCase). */
final class EventViews {

    private EventViews() {
    }

    /** An actor, faction, place or source linked to an event or claim; {@code label} is the node label. */
    record EntityRef(String id, String name, String label) {
    }

    record SourceRef(String id, String name, String kind) {
    }

    /** The article a claim was read in; {@code published} keeps the outlet's own offset. */
    record ArticleRef(String id, String title, String outlet, String published) {
    }

    /** Who claims what about an event, with the sentence and the cue that carries the stance. */
    record ClaimView(String id, String stance, String cue, Long cueStart, Long cueEnd, String sentence,
                     Long sentenceStart, Long sentenceEnd, Long fatalitiesLow, Long fatalitiesHigh,
                     Double confidence, SourceRef source, ArticleRef article, List<EntityRef> blames) {
    }

    /** One change of the derived status, with the rule that fired; {@code at} is ISO-8601. */
    record StatusChangeView(String from, String to, String rule, String at) {
    }

    /**
     * An event with its participants and every claim about it. {@code statusHistory} (newest first) is present on
     * {@code GET /api/events/{id}} only.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventView(String id, String type, String summary, String date, Long fatalitiesLow, Long fatalitiesHigh,
                     String status, String derivedStatus, String reviewStatus, List<EntityRef> perpetrators,
                     List<EntityRef> targets, List<EntityRef> involved, List<EntityRef> places,
                     List<ClaimView> claims, List<StatusChangeView> statusHistory) {
    }

    /** A claim seen from its source: the claim plus the event it is about. */
    record SourceClaimView(ClaimView claim, EventRef event) {
    }

    record EventRef(String id, String type, String summary, String date, String status) {
    }

    /** How often a source asserts, hedges and denies. */
    record StanceCounts(long asserts, long hedges, long denies) {
    }

    /** {@code GET /api/sources/{id}}: the source, its stance counts and one page of its claims. */
    record SourceView(String id, String name, String kind, List<EntityRef> speaksFor, StanceCounts counts,
                      Page<SourceClaimView> claims) {
    }
}
