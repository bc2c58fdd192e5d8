package org.conflictgraph.query;

import static org.conflictgraph.query.GraphValues.dbl;
import static org.conflictgraph.query.GraphValues.listOf;
import static org.conflictgraph.query.GraphValues.lng;
import static org.conflictgraph.query.GraphValues.nullable;
import static org.conflictgraph.query.GraphValues.str;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.NotFoundException;
import org.conflictgraph.query.EventViews.ArticleRef;
import org.conflictgraph.query.EventViews.ClaimView;
import org.conflictgraph.query.EventViews.EntityRef;
import org.conflictgraph.query.EventViews.EventView;
import org.conflictgraph.query.EventViews.SourceRef;
import org.conflictgraph.query.EventViews.StatusChangeView;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Events with their claims, filtered and paged by (date, id); undated events come last. One small query finds the
 * page of ids, two more hydrate it: one large query with nested subqueries took seconds just to plan.
 */
@Service
class EventReader {

    static final String CHECK_IDS = """
            RETURN ($actor IS NULL OR EXISTS { MATCH (:Actor {id: $actor}) }) AS actor,
                   ($faction IS NULL OR EXISTS { MATCH (:Faction {id: $faction}) }) AS faction,
                   ($place IS NULL OR EXISTS { MATCH (:Place {id: $place}) }) AS place,
                   ($article IS NULL OR EXISTS { MATCH (:Article {id: $article}) }) AS article,
                   ($source IS NULL OR EXISTS { MATCH (:Source {id: $source}) }) AS source
            """;

    /** One page of event ids; hydrated by {@link #EVENTS} and {@link #CLAIMS} (small queries plan fast). */
    static final String PAGE = """
            MATCH (e:Event)
            WHERE ($type IS NULL OR e.type = $type)
              AND ($status IS NULL OR e.status = $status)
              AND ($from IS NULL OR (e.date IS NOT NULL AND toString(e.date) + '~' >= $from))
              AND ($to IS NULL OR (e.date IS NOT NULL AND toString(e.date) <= $to + '~'))
              AND ($actor IS NULL OR EXISTS { MATCH (e)-[:PERPETRATED_BY|TARGETED|INVOLVED]->(:Actor {id: $actor}) }
                   OR EXISTS { MATCH (e)<-[:ABOUT]-(:Claim)-[:BLAMES]->(:Actor {id: $actor}) })
              AND ($faction IS NULL
                   OR EXISTS { MATCH (e)-[:PERPETRATED_BY|TARGETED|INVOLVED]->(:Faction {id: $faction}) }
                   OR EXISTS { MATCH (e)<-[:ABOUT]-(:Claim)-[:BLAMES]->(:Faction {id: $faction}) })
              AND ($place IS NULL OR EXISTS { MATCH (e)-[:AT]->(:Place)-[:IN*0..12]->(:Place {id: $place}) })
              AND (($article IS NULL AND $source IS NULL AND $stance IS NULL) OR EXISTS {
                     MATCH (c:Claim)-[:ABOUT]->(e)
                     WHERE ($stance IS NULL OR c.stance = $stance)
                       AND ($source IS NULL OR EXISTS { MATCH (c)-[:BY]->(:Source {id: $source}) })
                       AND ($article IS NULL OR EXISTS { MATCH (c)-[:IN_ARTICLE]->(:Article {id: $article}) }) })
            WITH e.id AS id, coalesce(toString(e.date), '~') AS sortDate
            WHERE $afterDate IS NULL OR sortDate > $afterDate OR (sortDate = $afterDate AND id > $afterId)
            RETURN id, sortDate ORDER BY sortDate, id LIMIT $limit
            """;

    /** Events by id with participants and places. */
    static final String EVENTS = """
            UNWIND $ids AS id
            MATCH (e:Event {id: id})
            OPTIONAL MATCH (e)-[r:PERPETRATED_BY|TARGETED|INVOLVED|AT]->(x)
            WITH e, r, x ORDER BY x.id
            RETURN e.id AS id, e.type AS type, e.summary AS summary, toString(e.date) AS date,
                   e.fatalitiesLow AS fatalitiesLow, e.fatalitiesHigh AS fatalitiesHigh, e.status AS status,
                   e.derivedStatus AS derivedStatus, e.reviewStatus AS reviewStatus,
                   collect(CASE WHEN x IS NULL THEN null ELSE {role: type(r), id: x.id, name: x.name,
                           label: [l IN labels(x) WHERE l IN ['Actor', 'Faction', 'Place']][0]} END) AS linked
            """;

    /** The claims about events by id, each with source, article and whom it blames. */
    static final String CLAIMS = """
            UNWIND $ids AS id
            MATCH (:Event {id: id})<-[:ABOUT]-(c:Claim)
            OPTIONAL MATCH (c)-[:BY]->(s:Source)
            OPTIONAL MATCH (c)-[:IN_ARTICLE]->(a:Article)
            OPTIONAL MATCH (c)-[:BLAMES]->(b)
            WITH id, c, s, a, b ORDER BY b.id
            WITH id, c, s, a, collect(CASE WHEN b IS NULL THEN null ELSE {id: b.id, name: b.name,
                 label: [l IN labels(b) WHERE l IN ['Actor', 'Faction']][0]} END) AS blames
            RETURN id AS event, c {.id, .stance, .cue, .cueStart, .cueEnd, .sentence, .sentenceStart, .sentenceEnd,
                   .fatalitiesLow, .fatalitiesHigh, .confidence} AS claim,
                   CASE WHEN s IS NULL THEN null ELSE s {.id, .name, .kind} END AS source,
                   CASE WHEN a IS NULL THEN null ELSE {id: a.id, title: a.title, outlet: a.outlet,
                        published: toString(a.published)} END AS article,
                   blames
            ORDER BY event, claim.id
            """;

    private static final String HISTORY = """
            MATCH (sc:StatusChange)-[:OF]->(:Event {id: $id})
            RETURN sc.from AS from, sc.to AS to, sc.rule AS rule, toString(sc.at) AS at
            ORDER BY sc.at DESC, sc.id DESC
            """;

    private final ReadTransactions reads;

    EventReader(ReadTransactions reads) {
        this.reads = reads;
    }

    Page<EventView> list(EventFilter filter, PageRequest page) {
        page.requireKeys(2);
        Map<String, Object> params = filter.parameters();
        params.put("afterDate", page.afterKey(0));
        params.put("afterId", page.afterKey(1));
        params.put("limit", page.limit() + 1);
        return reads.read(tx -> {
            var known = tx.run(CHECK_IDS, params).single();
            for (String key : known.keys()) {
                if (!known.get(key).asBoolean()) {
                    throw new BadInputException("unknown-filter-value", "Unknown filter value",
                            "No " + key + " has the id '" + params.get(key) + "'; look ids up at /api/"
                                    + (key.equals("article") ? "articles" : key + "s") + "?q=.");
                }
            }
            var rows = tx.run(PAGE, params).list();
            String next = null;
            if (rows.size() > page.limit()) {
                rows = rows.subList(0, page.limit());
                var last = rows.getLast();
                next = PageRequest.encode(last.get("sortDate").asString(), last.get("id").asString());
            }
            List<String> ids = rows.stream().map(r -> r.get("id").asString()).toList();
            return new Page<>(hydrate(tx, ids, Map.of()), next);
        });
    }

    EventView one(String id) {
        return reads.read(tx -> {
            var history = tx.run(HISTORY, Map.of("id", id)).list(h -> new StatusChangeView(str(h.get("from")),
                    str(h.get("to")), str(h.get("rule")), str(h.get("at"))));
            var events = hydrate(tx, List.of(id), Map.of(id, history));
            if (events.isEmpty()) {
                throw new NotFoundException("event-not-found", "Event not found", "No event has the id '" + id
                        + "'; list events at /api/events.");
            }
            return events.getFirst();
        });
    }

    /** Events in the order of {@code ids}, with claims; {@code histories} only for the detail view. */
    static List<EventView> hydrate(TransactionContext tx, List<String> ids,
                                   Map<String, List<StatusChangeView>> histories) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, List<ClaimView>> claims = new HashMap<>();
        tx.run(CLAIMS, Map.of("ids", ids)).forEachRemaining(r -> claims
                .computeIfAbsent(r.get("event").asString(), k -> new ArrayList<>())
                .add(claim(r.get("claim"), r.get("source"), r.get("article"), r.get("blames"))));
        Map<String, EventView> events = new HashMap<>();
        tx.run(EVENTS, Map.of("ids", ids)).forEachRemaining(e -> {
            List<EntityRef> perpetrators = new ArrayList<>();
            List<EntityRef> targets = new ArrayList<>();
            List<EntityRef> involved = new ArrayList<>();
            List<EntityRef> places = new ArrayList<>();
            for (Value x : e.get("linked").values()) {
                var ref = entity(x);
                switch (x.get("role").asString()) {
                    case "PERPETRATED_BY" -> perpetrators.add(ref);
                    case "TARGETED" -> targets.add(ref);
                    case "INVOLVED" -> involved.add(ref);
                    default -> places.add(ref);
                }
            }
            String id = e.get("id").asString();
            events.put(id, new EventView(id, str(e.get("type")), str(e.get("summary")), str(e.get("date")),
                    lng(e.get("fatalitiesLow")), lng(e.get("fatalitiesHigh")), str(e.get("status")),
                    str(e.get("derivedStatus")), str(e.get("reviewStatus")), perpetrators, targets, involved,
                    places, claims.getOrDefault(id, List.of()), histories.get(id)));
        });
        return ids.stream().map(events::get).filter(java.util.Objects::nonNull).toList();
    }

    static ClaimView claim(Value c, Value source, Value article, Value blames) {
        return new ClaimView(str(c.get("id")), str(c.get("stance")), str(c.get("cue")), lng(c.get("cueStart")),
                lng(c.get("cueEnd")), str(c.get("sentence")), lng(c.get("sentenceStart")), lng(c.get("sentenceEnd")),
                lng(c.get("fatalitiesLow")), lng(c.get("fatalitiesHigh")), dbl(c.get("confidence")),
                nullable(source, s -> new SourceRef(str(s.get("id")), str(s.get("name")), str(s.get("kind")))),
                nullable(article, a -> new ArticleRef(str(a.get("id")), str(a.get("title")),
                        str(a.get("outlet")), str(a.get("published")))),
                listOf(blames, EventReader::entity));
    }

    static EntityRef entity(Value v) {
        return new EntityRef(str(v.get("id")), str(v.get("name")), str(v.get("label")));
    }
}
