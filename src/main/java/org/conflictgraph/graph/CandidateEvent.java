package org.conflictgraph.graph;

import java.util.List;

/**
 * One event of an article, with its participants already resolved to node ids, as the writer offers it to an
 * {@link EventMatcher}.
 *
 * @param articleId      the article being written
 * @param published      its publication date (ISO, source offset) or null
 * @param localId        the event's id within the article's extraction ("e1")
 * @param type           the FORMAT.md event type
 * @param date           ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null
 * @param perpetratorIds Actor/Faction ids
 * @param victimIds      Actor/Faction ids
 * @param participantIds Actor/Faction ids of other participants
 * @param placeId        Place id or null
 * @param fatalitiesLow  or null
 * @param fatalitiesHigh or null
 */
public record CandidateEvent(String articleId, String published, String localId, String type, String summary,
                             String date, List<String> perpetratorIds, List<String> victimIds,
                             List<String> participantIds, String placeId, Integer fatalitiesLow,
                             Integer fatalitiesHigh) {

    public CandidateEvent {
        perpetratorIds = List.copyOf(perpetratorIds);
        victimIds = List.copyOf(victimIds);
        participantIds = List.copyOf(participantIds);
    }

    /** The id of a new event node when no existing event matches: a hash of article id and local event id. */
    public String newEventId() {
        return GraphIds.of("event", articleId, localId);
    }
}
