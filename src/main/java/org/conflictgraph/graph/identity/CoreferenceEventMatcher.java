package org.conflictgraph.graph.identity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.conflictgraph.graph.CandidateEvent;
import org.conflictgraph.graph.EventMatcher;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Cross-article event coreference: an article's event is an existing event of another article when the types
 * are compatible (the violent types among themselves), the dates fall in a window (three days when both give
 * a day, else the same month or year), the places do not contradict and the arguments overlap enough: the
 * same place and a shared party, a shared named victim, or two shared parties. So one article's assertion and
 * another's denial end up on one event.
 */
@Primary
@Component
class CoreferenceEventMatcher implements EventMatcher {

    static final Set<String> VIOLENT = Set.of("KILLING", "ATTACK", "CLASH", "BOMBING", "VIOLENCE_AGAINST_CIVILIANS");
    private static final int DAY_WINDOW = 3;

    /** Events sharing a party or the place with the candidate, from other articles, with their arguments. */
    private static final String CANDIDATES = """
            UNWIND $ids AS xid
            CALL (xid) {
              MATCH (x:Actor {id: xid}) RETURN x
              UNION MATCH (x:Faction {id: xid}) RETURN x
              UNION MATCH (x:Place {id: xid}) RETURN x
            }
            MATCH (x)<-[:PERPETRATED_BY|TARGETED|INVOLVED|AT]-(e:Event)
            WHERE e.type IN $types
              AND NOT EXISTS { MATCH (e)<-[:ABOUT]-(:Claim)-[:IN_ARTICLE]->(:Article {id: $articleId}) }
            WITH DISTINCT e
            OPTIONAL MATCH (e)-[:PERPETRATED_BY|TARGETED|INVOLVED]->(p)
            OPTIONAL MATCH (e)-[:TARGETED]->(v:Actor)
            OPTIONAL MATCH (e)-[:AT]->(pl:Place)
            OPTIONAL MATCH (pl)-[:IN*1..6]->(up:Place)
            RETURN e.id AS id, e.type AS type, e.date AS date, collect(DISTINCT p.id) AS parties,
                   collect(DISTINCT v.id) AS victims, collect(DISTINCT pl.id) AS places,
                   collect(DISTINCT up.id) AS placesUp
            ORDER BY id
            LIMIT 200
            """;
    private static final String PLACE_UP = """
            MATCH (p:Place {id: $id}) OPTIONAL MATCH (p)-[:IN*1..6]->(up:Place) RETURN collect(DISTINCT up.id) AS up
            """;

    @Override
    public Optional<String> match(QueryRunner tx, CandidateEvent event) {
        if (event.type() == null) {
            return Optional.empty();
        }
        Set<String> parties = new LinkedHashSet<>();
        parties.addAll(event.perpetratorIds());
        parties.addAll(event.victimIds());
        parties.addAll(event.participantIds());
        List<String> ids = new ArrayList<>(parties);
        if (event.placeId() != null) {
            ids.add(event.placeId());
        }
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Set<String> placeUp = new HashSet<>();
        if (event.placeId() != null) {
            List<Record> up = tx.run(PLACE_UP, Map.of("id", event.placeId())).list();
            if (!up.isEmpty()) {
                up.getFirst().get("up").asList(v -> v.asString()).forEach(placeUp::add);
            }
        }
        List<Record> rows = tx.run(CANDIDATES, Map.of("ids", ids, "types", List.copyOf(compatibleTypes(event.type())),
                "articleId", event.articleId())).list();
        String best = null;
        int bestScore = 0;
        for (Record r : rows) {
            int score = score(event, parties, placeUp, r);
            if (score > bestScore) {
                best = r.get("id").asString();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    static Set<String> compatibleTypes(String type) {
        return VIOLENT.contains(type) ? VIOLENT : Set.of(type);
    }

    /** 0 when the existing event is not the same; otherwise higher for more shared evidence. */
    static int score(CandidateEvent event, Set<String> parties, Set<String> placeUp, Record r) {
        DateFit fit = dateFit(event.date(), r.get("date").isNull() ? null : r.get("date").asString());
        if (fit == DateFit.APART) {
            return 0;
        }
        Set<String> theirParties = new HashSet<>(r.get("parties").asList(v -> v.asString()));
        Set<String> theirVictims = new HashSet<>(r.get("victims").asList(v -> v.asString()));
        List<String> theirPlaces = r.get("places").asList(v -> v.asString());
        Set<String> theirPlacesUp = new HashSet<>(r.get("placesUp").asList(v -> v.asString()));
        boolean samePlace = false;
        if (event.placeId() != null && !theirPlaces.isEmpty()) {
            samePlace = theirPlaces.contains(event.placeId()) || theirPlacesUp.contains(event.placeId())
                    || theirPlaces.stream().anyMatch(placeUp::contains);
            if (!samePlace) {
                return 0; // two different places: two events
            }
        }
        int shared = 0;
        for (String p : parties) {
            if (theirParties.contains(p)) {
                shared++;
            }
        }
        boolean sharedVictim = event.victimIds().stream().anyMatch(theirVictims::contains);
        boolean enough = (samePlace && shared >= 1) || sharedVictim || shared >= 2;
        if (fit == DateFit.UNKNOWN || fit == DateFit.SAME_YEAR) {
            enough = (samePlace && shared >= 1) || (sharedVictim && shared >= 2);
        }
        if (!enough) {
            return 0;
        }
        int score = shared * 2 + (samePlace ? 3 : 0) + (sharedVictim ? 2 : 0);
        return score + (fit == DateFit.CLOSE ? 2 : 0);
    }

    enum DateFit { CLOSE, SAME_MONTH, SAME_YEAR, UNKNOWN, APART }

    /** How two ISO dates (YYYY, YYYY-MM or YYYY-MM-DD, possibly with a time) fit together. */
    static DateFit dateFit(String a, String b) {
        if (a == null || b == null || a.length() < 4 || b.length() < 4) {
            return DateFit.UNKNOWN;
        }
        if (a.length() >= 10 && b.length() >= 10) {
            try {
                long days = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a.substring(0, 10)),
                        LocalDate.parse(b.substring(0, 10))));
                return days <= DAY_WINDOW ? DateFit.CLOSE : DateFit.APART;
            } catch (DateTimeParseException e) {
                return DateFit.UNKNOWN;
            }
        }
        if (a.length() >= 7 && b.length() >= 7) {
            return a.substring(0, 7).equals(b.substring(0, 7)) ? DateFit.SAME_MONTH : DateFit.APART;
        }
        return a.substring(0, 4).equals(b.substring(0, 4)) ? DateFit.SAME_YEAR : DateFit.APART;
    }
}
