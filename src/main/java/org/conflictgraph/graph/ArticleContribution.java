package org.conflictgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictgraph.extraction.ArticleExtraction;
import org.neo4j.driver.QueryRunner;
import org.springframework.stereotype.Component;

/**
 * What one article adds to the shared graph besides its own Article/Extraction nodes: the entities it mentions
 * ({@code (:Article)-[:MENTIONS]->}), their IN / SPEAKS_FOR links and entity relations (support recorded per
 * article), its events with their participants, and its claims. {@link #write} adds it, {@link #remove} takes it
 * back out (re-extraction, retraction) without deleting what became unsupported: {@link OrphanSweep} does that
 * after the new contribution is in.
 */
@Component
class ArticleContribution {

    static final Set<String> RELATION_TYPES = Set.of("LEADS", "MEMBER_OF", "DEPUTY_OF", "SPLINTER_OF",
            "AFFILIATE_OF", "ALLIED_WITH", "RIVAL_OF", "LOYAL_TO", "OPERATES_IN", "COMMANDS");
    static final Set<String> STANCES = Set.of("ASSERTS", "HEDGES", "DENIES");

    private final EntityResolver resolver;
    private final EventMatcher matcher;

    ArticleContribution(EntityResolver resolver, EventMatcher matcher) {
        this.resolver = resolver;
        this.matcher = matcher;
    }

    /**
     * What an article contributed before it was removed.
     *
     * @param eventIdByLocalId which graph event each of the article's local event ids ("e1") became
     * @param eventTypes       the type of each of those events
     * @param mentioned        element ids of the entities the article mentioned (orphan candidates)
     */
    record Previous(Map<String, String> eventIdByLocalId, Map<String, String> eventTypes, Set<String> mentioned,
                    int claims) {

        static final Previous NONE = new Previous(Map.of(), Map.of(), Set.of(), 0);

        Set<String> eventIds() {
            return new LinkedHashSet<>(eventIdByLocalId.values());
        }
    }

    /** What {@link #write} produced: the graph events the article's claims are about. */
    record Written(Map<String, String> eventIdByLocalId, Set<String> skippedDeletedEvents) {

        Set<String> eventIds() {
            return new LinkedHashSet<>(eventIdByLocalId.values());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // removal

    Previous remove(QueryRunner tx, String articleId) {
        Map<String, String> byLocal = new LinkedHashMap<>();
        Map<String, String> types = new HashMap<>();
        tx.run(GraphTransactions.KEEP_PLAN + """
                MATCH (:Article {id: $id})<-[:IN_ARTICLE]-(c:Claim)-[:ABOUT]->(e:Event)
                RETURN DISTINCT c.eventLocalId AS localId, e.id AS eventId, e.type AS type
                """, Map.of("id", articleId)).list().forEach(r -> {
            byLocal.putIfAbsent(r.get("localId").asString(""), r.get("eventId").asString());
            types.put(r.get("eventId").asString(), r.get("type").asString(null));
        });
        Map<String, Object> params = Map.of("id", articleId, "eventIds", List.copyOf(byLocal.values()));
        tx.run(GraphTransactions.KEEP_PLAN + """
                MATCH (e:Event) WHERE e.id IN $eventIds
                MATCH (e)-[r:PERPETRATED_BY|TARGETED|INVOLVED|AT]->()
                WHERE $id IN r.articleIds
                SET r.articleIds = [x IN r.articleIds WHERE x <> $id]
                WITH r WHERE size(r.articleIds) = 0
                DELETE r
                """, params).consume();
        tx.run(GraphTransactions.KEEP_PLAN + """
                MATCH (:Article {id: $id})-[:MENTIONS]->(n)-[r:IN|SPEAKS_FOR]->()
                WHERE $id IN r.articleIds
                WITH DISTINCT r
                SET r.articleIds = [x IN r.articleIds WHERE x <> $id]
                WITH r WHERE size(r.articleIds) = 0
                DELETE r
                """, params).consume();
        tx.run(GraphTransactions.KEEP_PLAN + """
                MATCH (:Article {id: $id})-[:MENTIONS]->(n)
                      -[r:LEADS|MEMBER_OF|DEPUTY_OF|SPLINTER_OF|AFFILIATE_OF|ALLIED_WITH|RIVAL_OF|LOYAL_TO|OPERATES_IN|COMMANDS]->()
                WHERE $id IN r.evidenceArticleIds
                WITH DISTINCT r
                WITH r, [i IN range(0, size(r.evidenceArticleIds) - 1) WHERE r.evidenceArticleIds[i] <> $id] AS keep
                SET r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
                    r.evidenceEnds = [i IN keep | r.evidenceEnds[i]]
                SET r.evidenceArticleIds = [i IN keep | r.evidenceArticleIds[i]]
                WITH r WHERE size(r.evidenceArticleIds) = 0
                DELETE r
                """, params).consume();
        int claims = tx.run(GraphTransactions.KEEP_PLAN + """
                MATCH (:Article {id: $id})<-[:IN_ARTICLE]-(c:Claim)
                DETACH DELETE c
                RETURN count(*) AS n
                """, params).single().get("n").asInt();
        Set<String> mentioned = new HashSet<>();
        tx.run(GraphTransactions.KEEP_PLAN + """
                MATCH (:Article {id: $id})-[m:MENTIONS]->(n)
                DELETE m
                RETURN elementId(n) AS node
                """, params).list().forEach(r -> mentioned.add(r.get("node").asString()));
        return new Previous(byLocal, types, mentioned, claims);
    }

    // ---------------------------------------------------------------------------------------------------------
    // writing

    /** The article's names resolved to node ids (reads only: done before the writers' lock is taken). */
    Entities resolve(QueryRunner tx, String articleId, String published, ArticleExtraction x) {
        Entities entities = new Entities(resolver.forArticle(tx, articleId, x), tx, articleId, published, x);
        entities.resolveAll();
        return entities;
    }

    Written write(QueryRunner tx, String articleId, String published, ArticleExtraction x, Entities entities,
                  Previous previous) {
        writeEntities(tx, articleId, entities);
        writeLinks(tx, articleId, entities);
        writeRelations(tx, articleId, x, entities);
        return writeEventsAndClaims(tx, articleId, published, x, entities, previous);
    }

    private void writeEntities(QueryRunner tx, String articleId, Entities entities) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EntityRow e : entities.rows.values()) {
            Map<String, Object> row = new HashMap<>();
            row.put("kind", e.kind.name());
            row.put("id", e.id);
            row.put("name", e.name);
            row.put("names", List.copyOf(e.names));
            row.put("keys", List.copyOf(e.keys));
            row.put("roles", List.copyOf(e.roles));
            row.put("kindDetail", e.kindDetail);
            rows.add(row);
        }
        rows.sort((a, b) -> ((String) a.get("id")).compareTo((String) b.get("id")));
        // the lock is taken before the read-modify-write of the list properties, so concurrent writers don't lose names
        tx.run(GraphTransactions.KEEP_PLAN + """
                MATCH (a:Article {id: $articleId})
                UNWIND $rows AS row
                CALL (row) {
                  WITH row WHERE row.kind = 'ACTOR' MERGE (n:Actor {id: row.id}) RETURN n
                  UNION
                  WITH row WHERE row.kind = 'FACTION' MERGE (n:Faction {id: row.id}) RETURN n
                  UNION
                  WITH row WHERE row.kind = 'PLACE' MERGE (n:Place {id: row.id}) RETURN n
                  UNION
                  WITH row WHERE row.kind = 'SOURCE' MERGE (n:Source {id: row.id}) RETURN n
                }
                SET n.writeLock = true
                WITH a, row, n
                SET n.name = coalesce(n.name, row.name),
                    n.kind = coalesce(n.kind, row.kindDetail)
                WITH a, row, n, coalesce(n.aliases, []) + row.names AS names
                SET n.aliases = reduce(acc = [], s IN names | CASE WHEN s = n.name OR s IN acc THEN acc ELSE acc + s END),
                    n.keys = reduce(acc = coalesce(n.keys, []), k IN row.keys | CASE WHEN k IN acc THEN acc ELSE acc + k END)
                SET n.searchText = reduce(t = n.name, s IN n.aliases | t + ' | ' + s)
                FOREACH (_ IN CASE WHEN row.kind = 'ACTOR' THEN [1] ELSE [] END |
                  SET n.roles = reduce(acc = coalesce(n.roles, []), r IN row.roles | CASE WHEN r IN acc THEN acc ELSE acc + r END))
                REMOVE n.writeLock
                MERGE (a)-[:MENTIONS]->(n)
                """, Map.of("articleId", articleId, "rows", rows)).consume();
    }

    /** Place-[:IN]->Place and Source-[:SPEAKS_FOR]->Faction, each carrying the ids of the articles that say so. */
    private void writeLinks(QueryRunner tx, String articleId, Entities entities) {
        List<Map<String, Object>> in = entities.placeIn.stream()
                .map(p -> Map.<String, Object>of("from", p.from(), "to", p.to())).toList();
        List<Map<String, Object>> speaks = entities.speaksFor.stream()
                .map(p -> Map.<String, Object>of("from", p.from(), "to", p.to())).toList();
        tx.run(GraphTransactions.KEEP_PLAN + """
                CALL () {
                  UNWIND $in AS row
                  MATCH (p:Place {id: row.from}), (q:Place {id: row.to})
                  MERGE (p)-[r:IN]->(q)
                  SET r.writeLock = true
                  WITH r
                  SET r.articleIds = CASE WHEN $articleId IN coalesce(r.articleIds, []) THEN r.articleIds
                                          ELSE coalesce(r.articleIds, []) + $articleId END
                  REMOVE r.writeLock
                }
                CALL () {
                  UNWIND $speaks AS row
                  MATCH (s:Source {id: row.from}), (f:Faction {id: row.to})
                  MERGE (s)-[r:SPEAKS_FOR]->(f)
                  SET r.writeLock = true
                  WITH r
                  SET r.articleIds = CASE WHEN $articleId IN coalesce(r.articleIds, []) THEN r.articleIds
                                          ELSE coalesce(r.articleIds, []) + $articleId END
                  REMOVE r.writeLock
                }
                """, Map.of("in", in, "speaks", speaks, "articleId", articleId)).consume();
    }

    private void writeRelations(QueryRunner tx, String articleId, ArticleExtraction x, Entities entities) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (ArticleExtraction.Relation rel : x.relations()) {
            String type = rel.type() == null ? "" : rel.type().strip().toUpperCase(java.util.Locale.ROOT);
            Ref from = entities.anyRef(rel.from());
            Ref to = entities.anyRef(rel.to());
            if (!RELATION_TYPES.contains(type) || from == null || to == null || from.id().equals(to.id())) {
                continue;
            }
            String id = relationId(type, from.id(), to.id());
            Map<String, Object> row = rows.computeIfAbsent(id, k -> {
                Map<String, Object> r = new HashMap<>();
                r.put("id", id);
                r.put("type", type);
                putRef(r, "from", from);
                putRef(r, "to", to);
                r.put("starts", new ArrayList<Integer>());
                r.put("ends", new ArrayList<Integer>());
                r.put("confidence", 0.0);
                return r;
            });
            if (rel.since() != null) {
                row.putIfAbsent("since", rel.since());
            }
            if (rel.until() != null) {
                row.putIfAbsent("until", rel.until());
            }
            if (Boolean.TRUE.equals(rel.ended())) {
                row.put("ended", true);
            }
            row.put("confidence", Math.max((double) row.get("confidence"), rel.confidence()));
            @SuppressWarnings("unchecked") List<Integer> starts = (List<Integer>) row.get("starts");
            @SuppressWarnings("unchecked") List<Integer> ends = (List<Integer>) row.get("ends");
            if (rel.evidence().isEmpty()) {
                starts.add(-1);
                ends.add(-1);
            }
            for (ArticleExtraction.Evidence ev : rel.evidence()) {
                starts.add(ev.sentenceStart());
                ends.add(ev.sentenceEnd());
            }
        }
        tx.run(GraphTransactions.KEEP_PLAN + """
                UNWIND $rows AS row
                WITH row WHERE NOT EXISTS { MATCH (:RelationTombstone {id: row.id}) }
                OPTIONAL MATCH (fa:Actor {id: row.fromActor})
                OPTIONAL MATCH (ff:Faction {id: row.fromFaction})
                OPTIONAL MATCH (fp:Place {id: row.fromPlace})
                OPTIONAL MATCH (ta:Actor {id: row.toActor})
                OPTIONAL MATCH (tf:Faction {id: row.toFaction})
                OPTIONAL MATCH (tp:Place {id: row.toPlace})
                WITH row, coalesce(fa, ff, fp) AS a, coalesce(ta, tf, tp) AS b
                WHERE a IS NOT NULL AND b IS NOT NULL
                MERGE (a)-[r:$(row.type)]->(b)
                ON CREATE SET r.id = row.id, r.evidenceArticleIds = [], r.evidenceStarts = [], r.evidenceEnds = []
                SET r.writeLock = true
                WITH row, r
                SET r.evidenceArticleIds = r.evidenceArticleIds + [s IN row.starts | $articleId],
                    r.evidenceStarts = r.evidenceStarts + row.starts,
                    r.evidenceEnds = r.evidenceEnds + row.ends,
                    r.since = coalesce(r.since, row.since),
                    r.until = coalesce(r.until, row.until),
                    r.ended = coalesce(r.ended, false) OR coalesce(row.ended, false),
                    r.confidence = CASE WHEN coalesce(r.confidence, 0.0) > row.confidence THEN r.confidence
                                        ELSE row.confidence END
                REMOVE r.writeLock
                """, Map.of("rows", List.copyOf(rows.values()), "articleId", articleId)).consume();
    }

    static String relationId(String type, String fromId, String toId) {
        return GraphIds.of("rel", type, fromId, toId);
    }

    private static void putRef(Map<String, Object> row, String prefix, Ref ref) {
        String suffix = switch (ref.kind()) {
            case ACTOR -> "Actor";
            case FACTION -> "Faction";
            case PLACE -> "Place";
            case SOURCE -> "Source";
        };
        row.put(prefix + suffix, ref.id());
    }

    private Written writeEventsAndClaims(QueryRunner tx, String articleId, String published, ArticleExtraction x,
                                         Entities entities, Previous previous) {
        Map<String, String> eventIdByLocal = new LinkedHashMap<>();
        Map<String, Map<String, Object>> eventRows = new LinkedHashMap<>();
        Map<String, Map<String, Object>> roleRows = new LinkedHashMap<>();
        List<ArticleExtraction.Event> withClaims = new ArrayList<>();
        for (ArticleExtraction.Event ev : x.events()) {
            if (ev.claims().isEmpty() || ev.id() == null) {
                continue; // no event enters the graph without someone claiming it
            }
            List<Ref> perpetrators = entities.partyRefs(ev.perpetrators());
            List<Ref> victims = entities.partyRefs(ev.victims());
            List<Ref> participants = entities.partyRefs(ev.participants());
            String placeId = ev.place() == null ? null : entities.id(EntityKind.PLACE, ev.place());
            CandidateEvent candidate = new CandidateEvent(articleId, published, ev.id(), ev.type(), ev.summary(),
                    ev.date(), ids(perpetrators), ids(victims), ids(participants), placeId,
                    ev.fatalities() == null ? null : ev.fatalities().low(),
                    ev.fatalities() == null ? null : ev.fatalities().high());
            String previousId = previous.eventIdByLocalId().get(ev.id());
            String eventId = previousId != null && java.util.Objects.equals(previous.eventTypes().get(previousId), ev.type())
                    ? previousId
                    : matcher.match(tx, candidate).orElseGet(candidate::newEventId);
            eventIdByLocal.put(ev.id(), eventId);
            withClaims.add(ev);
            Map<String, Object> row = eventRows.computeIfAbsent(eventId, k -> new HashMap<>(Map.of("id", k)));
            row.putIfAbsent("type", ev.type());
            if (ev.summary() != null) {
                row.putIfAbsent("summary", ev.summary());
            }
            if (ev.date() != null) {
                row.putIfAbsent("date", ev.date());
            }
            addRoles(roleRows, eventId, "PERPETRATED_BY", perpetrators);
            addRoles(roleRows, eventId, "TARGETED", victims);
            addRoles(roleRows, eventId, "INVOLVED", participants);
            if (placeId != null) {
                addRoles(roleRows, eventId, "AT", List.of(new Ref(EntityKind.PLACE, placeId)));
            }
        }
        // an event an analyst deleted stays deleted: no node, no participants, no claims for it
        Set<String> deleted = new HashSet<>();
        tx.run(GraphTransactions.KEEP_PLAN + """
                UNWIND $rows AS row
                OPTIONAL MATCH (t:DeletedEvent {id: row.id})
                FOREACH (_ IN CASE WHEN t IS NULL THEN [1] ELSE [] END |
                  MERGE (e:Event {id: row.id})
                  ON CREATE SET e.type = row.type, e.summary = row.summary, e.date = row.date,
                                e.createdAt = datetime()
                  SET e.summary = coalesce(e.summary, row.summary), e.date = coalesce(e.date, row.date))
                WITH row, t WHERE t IS NOT NULL
                RETURN row.id AS id
                """, Map.of("rows", sorted(eventRows.values()))).list()
                .forEach(r -> deleted.add(r.get("id").asString()));
        roleRows.values().removeIf(r -> deleted.contains((String) r.get("eventId")));
        eventIdByLocal.values().removeIf(deleted::contains);
        tx.run(GraphTransactions.KEEP_PLAN + """
                UNWIND $rows AS row
                MATCH (e:Event {id: row.eventId})
                OPTIONAL MATCH (xa:Actor {id: row.actor})
                OPTIONAL MATCH (xf:Faction {id: row.faction})
                OPTIONAL MATCH (xp:Place {id: row.place})
                WITH row, e, coalesce(xa, xf, xp) AS x
                WHERE x IS NOT NULL
                MERGE (e)-[r:$(row.rel)]->(x)
                SET r.writeLock = true
                WITH r
                SET r.articleIds = CASE WHEN $articleId IN coalesce(r.articleIds, []) THEN r.articleIds
                                        ELSE coalesce(r.articleIds, []) + $articleId END
                REMOVE r.writeLock
                """, Map.of("rows", List.copyOf(roleRows.values()), "articleId", articleId)).consume();

        List<Map<String, Object>> claimRows = new ArrayList<>();
        Map<String, Integer> ordinals = new HashMap<>();
        for (ArticleExtraction.Event ev : withClaims) {
            String eventId = eventIdByLocal.get(ev.id());
            if (eventId == null) {
                continue; // tombstoned by an analyst
            }
            for (ArticleExtraction.Claim c : ev.claims()) {
                String sourceId = entities.id(EntityKind.SOURCE, c.source());
                String stance = c.stance() == null ? "" : c.stance().strip().toUpperCase(java.util.Locale.ROOT);
                if (sourceId == null || !STANCES.contains(stance)) {
                    continue;
                }
                String sourceKey = NameKey.of(c.source());
                int ordinal = ordinals.merge(eventId + "\u001f" + sourceKey, 1, Integer::sum);
                String claimId = GraphIds.of("claim", articleId, eventId, sourceKey, Integer.toString(ordinal));
                Map<String, Object> props = new HashMap<>();
                props.put("stance", stance);
                props.put("cue", c.cue());
                props.put("cueStart", c.cueStart());
                props.put("cueEnd", c.cueEnd());
                props.put("sentence", c.sentence());
                props.put("sentenceStart", c.sentenceStart());
                props.put("sentenceEnd", c.sentenceEnd());
                ArticleExtraction.Fatalities f = c.fatalities() != null ? c.fatalities()
                        : "DENIES".equals(stance) ? null : ev.fatalities();
                props.put("fatalitiesLow", f == null ? null : f.low());
                props.put("fatalitiesHigh", f == null ? null : f.high());
                props.put("confidence", c.confidence());
                props.put("articleId", articleId);
                props.put("eventLocalId", ev.id());
                props.put("sourceName", c.source());
                List<Ref> blamed = entities.partyRefs(!c.perpetrators().isEmpty() ? c.perpetrators()
                        : "DENIES".equals(stance) ? List.of() : ev.perpetrators());
                Map<String, Object> row = new HashMap<>();
                row.put("id", claimId);
                row.put("eventId", eventId);
                row.put("sourceId", sourceId);
                row.put("props", props);
                row.put("blameActors", blamed.stream().filter(r -> r.kind() == EntityKind.ACTOR).map(Ref::id).toList());
                row.put("blameFactions", blamed.stream().filter(r -> r.kind() == EntityKind.FACTION).map(Ref::id).toList());
                claimRows.add(row);
            }
        }
        // an analyst's correction (ClaimCorrection, keyed by the claim's stable id) wins over what was extracted
        tx.run(GraphTransactions.KEEP_PLAN + """
                MATCH (a:Article {id: $articleId})
                UNWIND $rows AS row
                MATCH (e:Event {id: row.eventId}), (s:Source {id: row.sourceId})
                OPTIONAL MATCH (k:ClaimCorrection {id: row.id})
                OPTIONAL MATCH (ks:Source {id: k.sourceId})
                MERGE (c:Claim {id: row.id})
                SET c += row.props,
                    c.extractedStance = row.props.stance,
                    c.extractedSourceId = row.sourceId,
                    c.stance = coalesce(k.stance, row.props.stance),
                    c.corrected = k IS NOT NULL
                MERGE (c)-[:ABOUT]->(e)
                MERGE (c)-[:IN_ARTICLE]->(a)
                WITH a, c, row, coalesce(ks, s) AS speaker
                MERGE (c)-[:BY]->(speaker)
                MERGE (a)-[:MENTIONS]->(speaker)
                WITH c, row
                CALL (c, row) {
                  UNWIND row.blameActors AS bid
                  MATCH (x:Actor {id: bid})
                  MERGE (c)-[:BLAMES]->(x)
                }
                CALL (c, row) {
                  UNWIND row.blameFactions AS bid
                  MATCH (x:Faction {id: bid})
                  MERGE (c)-[:BLAMES]->(x)
                }
                """, Map.of("rows", claimRows, "articleId", articleId)).consume();
        return new Written(eventIdByLocal, deleted);
    }

    private static void addRoles(Map<String, Map<String, Object>> rows, String eventId, String rel, List<Ref> refs) {
        for (Ref ref : refs) {
            Map<String, Object> row = new HashMap<>();
            row.put("eventId", eventId);
            row.put("rel", rel);
            row.put(switch (ref.kind()) {
                case ACTOR -> "actor";
                case FACTION -> "faction";
                case PLACE -> "place";
                case SOURCE -> "source";
            }, ref.id());
            rows.putIfAbsent(eventId + "\u001f" + rel + "\u001f" + ref.id(), row);
        }
    }

    private static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).distinct().toList();
    }

    private static List<Map<String, Object>> sorted(Iterable<Map<String, Object>> rows) {
        List<Map<String, Object>> list = new ArrayList<>();
        rows.forEach(list::add);
        list.sort((a, b) -> ((String) a.get("id")).compareTo((String) b.get("id")));
        return list;
    }

    // ---------------------------------------------------------------------------------------------------------
    // entity resolution for one article

    record Ref(EntityKind kind, String id) {
    }

    private record Link(String from, String to) {
    }

    private static final class EntityRow {
        final EntityKind kind;
        final String id;
        final String name;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> keys = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        String kindDetail;

        EntityRow(EntityKind kind, String id, String name) {
            this.kind = kind;
            this.id = id;
            this.name = name;
        }
    }

    /** The article's names resolved to node ids, kind by kind, with the rows to MERGE. */
    static final class Entities {
        final EntityResolver resolver;
        final QueryRunner tx;
        final ArticleExtraction x;
        final Map<String, EntityRow> rows = new LinkedHashMap<>();
        final Map<EntityKind, Map<String, String>> idByKey = new HashMap<>();
        final Set<Link> placeIn = new LinkedHashSet<>();
        final Set<Link> speaksFor = new LinkedHashSet<>();
        final String articleId;
        final String published;

        Entities(EntityResolver resolver, QueryRunner tx, String articleId, String published, ArticleExtraction x) {
            this.resolver = resolver;
            this.tx = tx;
            this.articleId = articleId;
            this.published = published;
            this.x = x;
            for (EntityKind k : EntityKind.values()) {
                idByKey.put(k, new HashMap<>());
            }
        }

        void resolveAll() {
            for (ArticleExtraction.Actor a : x.actors()) {
                EntityRow row = add(EntityKind.ACTOR, a.name(), a.aliases(), null);
                if (row != null) {
                    row.roles.addAll(a.roles().stream().filter(r -> r != null && !r.isBlank()).toList());
                }
            }
            for (ArticleExtraction.Faction f : x.factions()) {
                add(EntityKind.FACTION, f.name(), f.aliases(), f.kind());
            }
            for (ArticleExtraction.Place p : x.places()) {
                add(EntityKind.PLACE, p.name(), p.aliases(), p.kind());
            }
            for (ArticleExtraction.Place p : x.places()) {
                String from = id(EntityKind.PLACE, p.name());
                if (p.in() != null && from != null) {
                    String to = idOrAdd(EntityKind.PLACE, p.in(), null);
                    if (to != null && !to.equals(from)) {
                        placeIn.add(new Link(from, to));
                    }
                }
            }
            for (ArticleExtraction.Source s : x.sources()) {
                add(EntityKind.SOURCE, s.name(), List.of(), s.kind());
            }
            for (ArticleExtraction.Event ev : x.events()) {
                for (ArticleExtraction.Claim c : ev.claims()) {
                    if (id(EntityKind.SOURCE, c.source()) == null) {
                        add(EntityKind.SOURCE, c.source(), List.of(),
                                "unnamed reports".equals(NameKey.of(c.source())) ? "ANONYMOUS" : null);
                    }
                }
                if (ev.place() != null && !ev.claims().isEmpty()) {
                    idOrAdd(EntityKind.PLACE, ev.place(), null);
                }
            }
            for (ArticleExtraction.Source s : x.sources()) {
                String from = id(EntityKind.SOURCE, s.name());
                if (from == null) {
                    continue;
                }
                // a source that is itself a faction of the article ("the Taliban said") speaks for that faction
                String body = s.speaksFor() != null ? idOrAdd(EntityKind.FACTION, s.speaksFor(), null)
                        : id(EntityKind.FACTION, s.name());
                if (body != null) {
                    speaksFor.add(new Link(from, body));
                }
            }
        }

        private EntityRow add(EntityKind kind, String name, List<String> aliases, String kindDetail) {
            if (name == null || name.isBlank()) {
                return null;
            }
            String id = resolver.resolve(tx, kind, name, aliases,
                    new ResolutionContext(articleId, published, kindDetail, x));
            EntityRow row = rows.computeIfAbsent(kind + "\u001f" + id, k -> new EntityRow(kind, id, name.strip()));
            row.names.add(name.strip());
            aliases.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).forEach(row.names::add);
            row.keys.addAll(NameKey.ofAll(name, aliases));
            if (row.kindDetail == null) {
                row.kindDetail = kindDetail;
            }
            Map<String, String> table = idByKey.get(kind);
            for (String key : NameKey.ofAll(name, aliases)) {
                table.putIfAbsent(key, id);
            }
            return row;
        }

        private String idOrAdd(EntityKind kind, String name, String kindDetail) {
            String id = id(kind, name);
            if (id != null) {
                return id;
            }
            EntityRow row = add(kind, name, List.of(), kindDetail);
            return row == null ? null : row.id;
        }

        String id(EntityKind kind, String name) {
            return name == null ? null : idByKey.get(kind).get(NameKey.of(name));
        }

        /** A perpetrator, victim or participant: an actor, else a faction; other names are not parties. */
        List<Ref> partyRefs(List<String> names) {
            List<Ref> refs = new ArrayList<>();
            for (String n : names) {
                String actor = id(EntityKind.ACTOR, n);
                if (actor != null) {
                    refs.add(new Ref(EntityKind.ACTOR, actor));
                    continue;
                }
                String faction = id(EntityKind.FACTION, n);
                if (faction != null) {
                    refs.add(new Ref(EntityKind.FACTION, faction));
                }
            }
            return refs.stream().distinct().toList();
        }

        /** A relation end: an actor, a faction or a place. */
        Ref anyRef(String name) {
            for (EntityKind k : List.of(EntityKind.ACTOR, EntityKind.FACTION, EntityKind.PLACE)) {
                String id = id(k, name);
                if (id != null) {
                    return new Ref(k, id);
                }
            }
            return null;
        }
    }
}
