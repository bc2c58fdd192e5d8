package org.conflictgraph.query;

import static org.conflictgraph.query.GraphValues.count;
import static org.conflictgraph.query.GraphValues.listOf;
import static org.conflictgraph.query.GraphValues.str;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.conflictgraph.problem.NotFoundException;
import org.conflictgraph.query.EventViews.EventRef;
import org.conflictgraph.query.EventViews.SourceClaimView;
import org.conflictgraph.query.EventViews.SourceView;
import org.conflictgraph.query.EventViews.StanceCounts;
import org.springframework.stereotype.Service;

/** A source with how often it asserts, hedges and denies, and its claims paged by claim id. */
@Service
class SourceReader {

    private static final String SOURCE = """
            MATCH (s:Source {id: $id})
            OPTIONAL MATCH (s)-[:SPEAKS_FOR]->(f)
            WITH s, f ORDER BY f.id
            WITH s, collect(CASE WHEN f IS NULL THEN null ELSE {id: f.id, name: f.name,
                 label: [l IN labels(f) WHERE l IN ['Actor', 'Faction']][0]} END) AS speaksFor
            OPTIONAL MATCH (s)<-[:BY]-(c:Claim)
            RETURN s.id AS id, s.name AS name, s.kind AS kind, speaksFor,
                   count(CASE WHEN c.stance = 'ASSERTS' THEN 1 END) AS asserts,
                   count(CASE WHEN c.stance = 'HEDGES' THEN 1 END) AS hedges,
                   count(CASE WHEN c.stance = 'DENIES' THEN 1 END) AS denies
            """;

    private static final String CLAIMS = """
            MATCH (s:Source {id: $id})<-[:BY]-(c:Claim)
            WHERE $afterId IS NULL OR c.id > $afterId
            WITH s, c ORDER BY c.id LIMIT $limit
            OPTIONAL MATCH (c)-[:ABOUT]->(e:Event)
            OPTIONAL MATCH (c)-[:IN_ARTICLE]->(a:Article)
            OPTIONAL MATCH (c)-[:BLAMES]->(b)
            WITH s, c, e, a, b ORDER BY b.id
            WITH s, c, e, a, collect(CASE WHEN b IS NULL THEN null ELSE {id: b.id, name: b.name,
                 label: [l IN labels(b) WHERE l IN ['Actor', 'Faction']][0]} END) AS blames
            RETURN c {.id, .stance, .cue, .cueStart, .cueEnd, .sentence, .sentenceStart, .sentenceEnd,
                   .fatalitiesLow, .fatalitiesHigh, .confidence} AS claim,
                   s {.id, .name, .kind} AS source,
                   CASE WHEN a IS NULL THEN null ELSE {id: a.id, title: a.title, outlet: a.outlet,
                        published: toString(a.published)} END AS article,
                   blames,
                   CASE WHEN e IS NULL THEN null ELSE {id: e.id, type: e.type, summary: e.summary,
                        date: toString(e.date), status: e.status} END AS event
            ORDER BY claim.id
            """;

    private final ReadTransactions reads;

    SourceReader(ReadTransactions reads) {
        this.reads = reads;
    }

    SourceView one(String id, PageRequest page) {
        page.requireKeys(1);
        return reads.read(tx -> {
            var found = tx.run(SOURCE, Map.of("id", id)).list();
            if (found.isEmpty()) {
                throw new NotFoundException("source-not-found", "Source not found",
                        "No source has the id '" + id + "'; search sources at /api/sources?q=.");
            }
            var s = found.getFirst();
            var params = new java.util.HashMap<String, Object>();
            params.put("id", id);
            params.put("afterId", page.afterKey(0));
            params.put("limit", page.limit() + 1);
            List<SourceClaimView> claims = new ArrayList<>();
            String next = null;
            for (var r : tx.run(CLAIMS, params).list()) {
                if (claims.size() == page.limit()) {
                    next = PageRequest.encode(claims.getLast().claim().id());
                    break;
                }
                var e = r.get("event");
                claims.add(new SourceClaimView(EventReader.claim(r.get("claim"), r.get("source"), r.get("article"),
                        r.get("blames")), e.isNull() ? null
                        : new EventRef(str(e.get("id")), str(e.get("type")), str(e.get("summary")),
                        str(e.get("date")), str(e.get("status")))));
            }
            return new SourceView(str(s.get("id")), str(s.get("name")), str(s.get("kind")),
                    listOf(s.get("speaksFor"), EventReader::entity),
                    new StanceCounts(count(s.get("asserts")), count(s.get("hedges")), count(s.get("denies"))),
                    new Page<>(claims, next));
        });
    }
}
