package org.conflictgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conflictgraph.graph.Extractions.actor;
import static org.conflictgraph.graph.Extractions.article;
import static org.conflictgraph.graph.Extractions.claim;
import static org.conflictgraph.graph.Extractions.event;
import static org.conflictgraph.graph.Extractions.extraction;
import static org.conflictgraph.graph.Extractions.faction;
import static org.conflictgraph.graph.Extractions.place;
import static org.conflictgraph.graph.Extractions.relation;
import static org.conflictgraph.graph.Extractions.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.conflictgraph.extraction.ArticleExtraction;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticleGraphWriterTests {

    @Autowired
    ArticleGraphWriter writer;
    @Autowired
    ExtractionView view;
    @Autowired
    GraphTransactions transactions;
    @Autowired
    EventStatuses statuses;
    @Autowired
    OrphanSweep orphans;
    @Autowired
    JsonMapper json;
    @Autowired
    Driver driver;

    /** A writer with plain key identity and summary coreference, so these tests don't depend on better identity. */
    ArticleGraphWriter writerWith(EntityResolver resolver, EventMatcher matcher) {
        return new ArticleGraphWriter(transactions, new ArticleContribution(resolver, matcher), statuses, orphans, json);
    }

    ArticleGraphWriter testWriter() {
        return writerWith(new KeyEntityResolver(), new SummaryEventMatcher());
    }

    List<Record> query(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.run(cypher, params).list();
        }
    }

    long count(String cypher, Map<String, Object> params) {
        return query(cypher, params).getFirst().get(0).asLong();
    }

    static ArticleExtraction richExtraction(String t, String outlet) {
        String leader = "Abu Zarqan " + t;
        String group = "Qorvath Front " + t;
        String army = "Velmar Army " + t;
        String village = "Dashkel " + t;
        String province = "Orun Province " + t;
        return extraction(outlet)
                .actors(actor(leader, "Zarqan " + t))
                .factions(faction(group, "INSURGENT_GROUP", "QF " + t), faction(army, "STATE_FORCE"))
                .places(place(village, "VILLAGE", province), place(province, "PROVINCE", null))
                .sources(source("Velmar officials " + t, "OFFICIAL", army), source(outlet, "MEDIA", null),
                        source(group, "ORGANISATION", null))
                .events(event("e1", "ATTACK", "Qorvath attack on Dashkel " + t, List.of(group), List.of(army), village,
                                claim("Velmar officials " + t, "ASSERTS", 5, 7), claim(outlet, "ASSERTS"),
                                claim(group, "DENIES")),
                        event("e2", "CLASH", "no one claims this " + t, List.of(), List.of(), null))
                .relations(relation("LEADS", leader, group), relation("OPERATES_IN", group, province),
                        relation("FOUNDED", leader, group))
                .build();
    }

    @Test
    void writesEntitiesRelationsEventsAndClaimsAsTheGraphModel() {
        String t = Extractions.token();
        String id = "art-" + t;
        WriteResult result = writer.write(article(id, "Daily " + t, null), richExtraction(t, "Daily " + t), "v1");
        assertThat(result.created()).isTrue();
        assertThat(result.counts().claims()).isEqualTo(3);

        var mentioned = query("""
                MATCH (:Article {id: $id})-[:MENTIONS]->(n)
                RETURN labels(n)[0] AS label, n.name AS name, n.aliases AS aliases, n.keys AS keys, n.searchText AS text
                ORDER BY label, name
                """, Map.of("id", id));
        assertThat(mentioned).extracting(r -> r.get("label").asString() + ":" + r.get("name").asString())
                .contains("Actor:Abu Zarqan " + t, "Faction:Qorvath Front " + t, "Faction:Velmar Army " + t,
                        "Place:Dashkel " + t, "Place:Orun Province " + t, "Source:Velmar officials " + t,
                        "Source:Daily " + t);
        Record leader = mentioned.stream().filter(r -> r.get("name").asString().startsWith("Abu")).findFirst().orElseThrow();
        assertThat(leader.get("aliases").asList()).containsExactly("Zarqan " + t);
        assertThat(leader.get("keys").asList()).containsExactly("abu zarqan " + t, "zarqan " + t);
        assertThat(leader.get("text").asString()).isEqualTo("Abu Zarqan " + t + " | Zarqan " + t);

        assertThat(count("MATCH (:Place {name: $v})-[:IN]->(:Place {name: $p}) RETURN count(*)",
                Map.of("v", "Dashkel " + t, "p", "Orun Province " + t))).isEqualTo(1);
        assertThat(count("MATCH (:Source {name: $s})-[:SPEAKS_FOR]->(:Faction {name: $f}) RETURN count(*)",
                Map.of("s", "Velmar officials " + t, "f", "Velmar Army " + t))).isEqualTo(1);
        // a source that is itself a faction of the article speaks for it
        assertThat(count("MATCH (:Source {name: $s})-[:SPEAKS_FOR]->(:Faction {name: $s}) RETURN count(*)",
                Map.of("s", "Qorvath Front " + t))).isEqualTo(1);

        var leads = query("""
                MATCH (:Actor {name: $a})-[r:LEADS]->(:Faction {name: $f})
                RETURN r.id AS id, r.evidenceArticleIds AS ids, r.evidenceStarts AS starts, r.evidenceEnds AS ends
                """, Map.of("a", "Abu Zarqan " + t, "f", "Qorvath Front " + t));
        assertThat(leads).hasSize(1);
        assertThat(leads.getFirst().get("id").asString()).startsWith("rel-");
        assertThat(leads.getFirst().get("ids").asList()).containsExactly(id);
        assertThat(leads.getFirst().get("starts").asList()).containsExactly(0L);
        assertThat(leads.getFirst().get("ends").asList()).containsExactly(40L);
        assertThat(count("MATCH (:Faction {name: $f})-[r:OPERATES_IN]->(:Place) RETURN count(r)",
                Map.of("f", "Qorvath Front " + t))).isEqualTo(1);
        assertThat(count("MATCH (:Actor {name: $a})-[r]->() WHERE type(r) = 'FOUNDED' RETURN count(r)",
                Map.of("a", "Abu Zarqan " + t))).as("unknown relation types are not written").isZero();

        var events = query("""
                MATCH (c:Claim)-[:IN_ARTICLE]->(:Article {id: $id}), (c)-[:ABOUT]->(e:Event)
                RETURN DISTINCT e.id AS id, e.type AS type, e.status AS status, e.derivedStatus AS derived,
                       e.fatalitiesLow AS low, e.fatalitiesHigh AS high,
                       [(e)-[:PERPETRATED_BY]->(p) | p.name] AS perpetrators, [(e)-[:TARGETED]->(v) | v.name] AS victims,
                       [(e)-[:AT]->(p) | p.name] AS places
                """, Map.of("id", id));
        assertThat(events).as("an event no one claims is not in the graph").hasSize(1);
        Record e = events.getFirst();
        assertThat(e.get("type").asString()).isEqualTo("ATTACK");
        assertThat(e.get("derived").asString()).isEqualTo("DISPUTED");
        assertThat(e.get("status").asString()).isEqualTo("DISPUTED");
        assertThat(e.get("low").asInt()).isEqualTo(5);
        assertThat(e.get("high").asInt()).isEqualTo(7);
        assertThat(e.get("perpetrators").asList()).containsExactly("Qorvath Front " + t);
        assertThat(e.get("victims").asList()).containsExactly("Velmar Army " + t);
        assertThat(e.get("places").asList()).containsExactly("Dashkel " + t);

        var claims = query("""
                MATCH (c:Claim)-[:IN_ARTICLE]->(:Article {id: $id}), (c)-[:BY]->(s:Source)
                RETURN s.name AS source, c.stance AS stance, c.cue AS cue, c.sentenceStart AS start,
                       c.fatalitiesLow AS low, [(c)-[:BLAMES]->(b) | b.name] AS blamed ORDER BY source
                """, Map.of("id", id));
        assertThat(claims).extracting(r -> r.get("source").asString() + "/" + r.get("stance").asString())
                .containsExactlyInAnyOrder("Velmar officials " + t + "/ASSERTS", "Daily " + t + "/ASSERTS",
                        "Qorvath Front " + t + "/DENIES");
        Record official = claims.stream().filter(r -> r.get("source").asString().startsWith("Velmar")).findFirst().orElseThrow();
        assertThat(official.get("low").asInt()).isEqualTo(5);
        assertThat(official.get("blamed").asList()).containsExactly("Qorvath Front " + t);
        assertThat(official.get("start").asInt()).isZero();

        var change = query("MATCH (sc:StatusChange)-[:OF]->(:Event {id: $e}) RETURN sc.from AS from, sc.to AS to, "
                + "sc.rule AS rule, sc.claimIds AS claims", Map.of("e", e.get("id").asString()));
        assertThat(change).hasSize(1);
        assertThat(change.getFirst().get("to").asString()).isEqualTo("DISPUTED");
        assertThat(change.getFirst().get("rule").asString()).isEqualTo(StatusDeriver.RULE_DENIES);
        assertThat(change.getFirst().get("claims").asList()).hasSize(1);

        var stored = view.find(id).orElseThrow().extraction();
        assertThat(stored.events()).extracting(ArticleExtraction.Event::id, ArticleExtraction.Event::graphStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e1", "DISPUTED"),
                        org.assertj.core.groups.Tuple.tuple("e2", null));
    }

    @Test
    void reIngestingTheSameArticleChangesNothing() {
        String t = Extractions.token();
        String id = "art-" + t;
        ArticleExtraction x = richExtraction(t, "Daily " + t);
        assertThat(writer.write(article(id, "Daily " + t, null), x, "v1").created()).isTrue();
        long nodes = count("MATCH (n) RETURN count(n)", Map.of());
        long rels = count("MATCH ()-[r]->() RETURN count(r)", Map.of());
        String props = query("MATCH (n) WHERE n.id STARTS WITH 'claim-' OR n:Event OR n:Actor RETURN collect(properties(n)) AS p",
                Map.of()).getFirst().get("p").toString();

        WriteResult again = writer.write(article(id, "Daily " + t, null), x, "v1");

        assertThat(again.created()).isFalse();
        assertThat(again.articleId()).isEqualTo(id);
        assertThat(count("MATCH (n) RETURN count(n)", Map.of())).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)", Map.of())).isEqualTo(rels);
        assertThat(query("MATCH (n) WHERE n.id STARTS WITH 'claim-' OR n:Event OR n:Actor RETURN collect(properties(n)) AS p",
                Map.of()).getFirst().get("p").toString()).isEqualTo(props);
    }

    @Test
    void anEventClaimedByTwoArticlesIsOneEventWithBothArticlesClaims() {
        String t = Extractions.token();
        ArticleGraphWriter w = testWriter();
        String group = "Qorvath Front " + t;
        String summary = "the bombing of the Tarsk bridge " + t;
        w.write(article("a1-" + t, "Outlet A " + t, null), extraction("Outlet A " + t).factions(faction(group, "MILITIA"))
                .sources(source("Outlet A " + t, "MEDIA", null))
                .events(event("e1", "BOMBING", summary, List.of(group), List.of(), null, claim("Outlet A " + t, "ASSERTS")))
                .build(), "v1");
        w.write(article("a2-" + t, "Outlet B " + t, null), extraction("Outlet B " + t).factions(faction(group, "MILITIA"))
                .sources(source("Outlet B " + t, "MEDIA", null))
                .events(event("e7", "BOMBING", summary, List.of(group), List.of(), null, claim("Outlet B " + t, "ASSERTS")))
                .build(), "v1");

        var rows = query("""
                MATCH (e:Event {summary: $s})
                RETURN e.status AS status, [(c:Claim)-[:ABOUT]->(e) | c.articleId] AS articles,
                       [(sc:StatusChange)-[:OF]->(e) | coalesce(sc.from, 'none') + '>' + sc.to + ':' + sc.rule] AS history
                """, Map.of("s", summary));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("articles").asList()).containsExactlyInAnyOrder("a1-" + t, "a2-" + t);
        assertThat(rows.getFirst().get("status").asString()).isEqualTo("CORROBORATED");
        assertThat(rows.getFirst().get("history").asList(v -> v.asString())).containsExactlyInAnyOrder(
                "none>REPORTED:" + StatusDeriver.RULE_ASSERTED, "REPORTED>CORROBORATED:" + StatusDeriver.RULE_INDEPENDENT);
        assertThat(count("MATCH (f:Faction {name: $g}) RETURN count(f)", Map.of("g", group))).isEqualTo(1);
        assertThat(count("MATCH (:Event {summary: $s})-[r:PERPETRATED_BY]->() RETURN count(r)", Map.of("s", summary)))
                .isEqualTo(1);
        assertThat(view.find("a2-" + t).orElseThrow().extraction().events().getFirst().graphStatus())
                .isEqualTo("CORROBORATED");
    }

    @Test
    void eachStatusRuleAcrossArticles() {
        ArticleGraphWriter w = testWriter();
        assertThat(statusAfter(w, "ASSERTS@Outlet A", "HEDGES@Outlet B")).isEqualTo("UNCONFIRMED");
        assertThat(statusAfter(w, "ASSERTS@Outlet A", "DENIES@Outlet B", "HEDGES@Outlet C")).isEqualTo("DISPUTED");
        assertThat(statusAfter(w, "ASSERTS@Outlet A")).isEqualTo("REPORTED");
        assertThat(statusAfter(w, "ASSERTS@Outlet A", "ASSERTS@Outlet B")).isEqualTo("CORROBORATED");
    }

    /** Each spec "STANCE@Outlet" is one article whose outlet claims the event in its own voice. */
    private String statusAfter(ArticleGraphWriter w, String... specs) {
        String t = Extractions.token();
        String summary = "event " + t;
        for (int i = 0; i < specs.length; i++) {
            String stance = specs[i].split("@")[0];
            String outlet = specs[i].split("@")[1] + " " + t;
            w.write(article("s" + i + "-" + t, outlet, null), extraction(outlet).sources(source(outlet, "MEDIA", null))
                    .events(event("e1", "ATTACK", summary, List.of(), List.of(), null, claim(outlet, stance))).build(), "v1");
        }
        return query("MATCH (e:Event {summary: $s}) RETURN e.status AS s", Map.of("s", summary))
                .getFirst().get("s").asString();
    }

    @Test
    void syndicatedCopiesAndTheSameOfficialElsewhereAreNotIndependent() {
        ArticleGraphWriter w = testWriter();
        String t = Extractions.token();
        String summary = "syndicated " + t;
        w.write(article("orig-" + t, "Wire " + t, null), extraction("Wire " + t).sources(source("Wire " + t, "MEDIA", null))
                .events(event("e1", "ATTACK", summary, List.of(), List.of(), null, claim("Wire " + t, "ASSERTS"))).build(), "v1");
        // a near-duplicate copy printed by another outlet
        w.write(article("copy-" + t, "Paper " + t, "orig-" + t), extraction("Paper " + t).sources(source("Paper " + t, "MEDIA", null))
                .events(event("e1", "ATTACK", summary, List.of(), List.of(), null, claim("Paper " + t, "ASSERTS"))).build(), "v1");
        assertThat(statusOf(summary)).isEqualTo("REPORTED");

        String summary2 = "one official " + t;
        String official = "General Orlen " + t;
        for (String outlet : List.of("Paper X " + t, "Paper Y " + t, "Paper Z " + t)) {
            w.write(article(outlet.replace(' ', '-'), outlet, null), extraction(outlet)
                    .sources(source(official, "PERSON", null))
                    .events(event("e1", "ATTACK", summary2, List.of(), List.of(), null, claim(official, "ASSERTS"))).build(), "v1");
        }
        assertThat(statusOf(summary2)).as("the same official quoted by three outlets is one source").isEqualTo("REPORTED");

        // two speakers in one article who speak for different bodies count; the outlet's own voice does not
        String summary3 = "two bodies " + t;
        w.write(article("two-" + t, "Paper Q " + t, null), extraction("Paper Q " + t)
                .factions(faction("Army " + t, "STATE_FORCE"), faction("Red Crescent " + t, "INTERNATIONAL_ORG"))
                .sources(source("army spokesman " + t, "PERSON", "Army " + t),
                        source("Red Crescent official " + t, "OFFICIAL", "Red Crescent " + t))
                .events(event("e1", "ATTACK", summary3, List.of(), List.of(), null,
                        claim("army spokesman " + t, "ASSERTS"), claim("Red Crescent official " + t, "ASSERTS"))).build(), "v1");
        assertThat(statusOf(summary3)).isEqualTo("CORROBORATED");
        String summary4 = "outlet and official " + t;
        w.write(article("one-" + t, "Paper R " + t, null), extraction("Paper R " + t)
                .factions(faction("Army " + t, "STATE_FORCE"))
                .sources(source("army spokesman " + t, "PERSON", "Army " + t), source("Paper R " + t, "MEDIA", null))
                .events(event("e1", "ATTACK", summary4, List.of(), List.of(), null,
                        claim("army spokesman " + t, "ASSERTS"), claim("Paper R " + t, "ASSERTS"))).build(), "v1");
        assertThat(statusOf(summary4)).isEqualTo("REPORTED");
    }

    String statusOf(String summary) {
        return query("MATCH (e:Event {summary: $s}) RETURN e.status AS s", Map.of("s", summary)).getFirst().get("s").asString();
    }

    @Test
    void aFailureMidWriteLeavesNothingOfTheArticle() {
        String t = Extractions.token();
        String id = "fail-" + t;
        long nodes = count("MATCH (n) RETURN count(n)", Map.of());
        long rels = count("MATCH ()-[r]->() RETURN count(r)", Map.of());
        // entities, links and relations are written before events are matched: fail there
        ArticleGraphWriter failing = writerWith(new KeyEntityResolver(), (tx, e) -> {
            throw new IllegalStateException("injected failure");
        });
        assertThatThrownBy(() -> failing.write(article(id, "Daily " + t, null), richExtraction(t, "Daily " + t), "v1"))
                .hasMessageContaining("injected failure");

        assertThat(count("MATCH (a:Article {id: $id}) RETURN count(a)", Map.of("id", id))).isZero();
        assertThat(count("MATCH (n) WHERE n.name CONTAINS $t RETURN count(n)", Map.of("t", t))).isZero();
        assertThat(count("MATCH (n) RETURN count(n)", Map.of())).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)", Map.of())).isEqualTo(rels);

        // and the same article then writes normally
        assertThat(testWriter().write(article(id, "Daily " + t, null), richExtraction(t, "Daily " + t), "v1").created()).isTrue();
        assertThat(count("MATCH (:Article {id: $id})<-[:IN_ARTICLE]-(c:Claim) RETURN count(c)", Map.of("id", id))).isEqualTo(3);
    }

    @Test
    void eightThreadsIngestingOverlappingArticlesCreateNoDuplicates() throws Exception {
        String t = Extractions.token();
        ArticleGraphWriter w = testWriter();
        // 6 distinct articles, each written by several threads, all about the same groups and two shared events
        List<Runnable> jobs = new ArrayList<>();
        for (int copy = 0; copy < 4; copy++) {
            for (int a = 0; a < 6; a++) {
                int n = a;
                String outlet = "Outlet " + n + " " + t;
                String id = "conc-" + n + "-" + t;
                ArticleExtraction x = extraction(outlet)
                        .factions(faction("Qorvath Front " + t, "MILITIA"), faction("Velmar Army " + t, "STATE_FORCE"))
                        .places(place("Dashkel " + t, "VILLAGE", "Orun " + t))
                        .sources(source(outlet, "MEDIA", null), source("Velmar officials " + t, "OFFICIAL", "Velmar Army " + t))
                        .events(event("e1", "ATTACK", "shared attack " + t, List.of("Qorvath Front " + t),
                                        List.of("Velmar Army " + t), "Dashkel " + t, claim(outlet, n % 3 == 0 ? "HEDGES" : "ASSERTS"),
                                        claim("Velmar officials " + t, "ASSERTS")),
                                event("e2", "CLASH", "shared clash " + t, List.of("Velmar Army " + t), List.of(), null,
                                        claim(outlet, "ASSERTS")))
                        .relations(relation("RIVAL_OF", "Qorvath Front " + t, "Velmar Army " + t))
                        .build();
                jobs.add(() -> w.write(article(id, outlet, null), x, "v1"));
            }
        }
        java.util.Collections.shuffle(jobs, new java.util.Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger failures = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable job : jobs) {
                futures.add(pool.submit(job));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.incrementAndGet();
                    e.getCause().printStackTrace();
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(failures.get()).isZero();
        assertThat(count("MATCH (a:Article) WHERE a.id ENDS WITH $t RETURN count(a)", Map.of("t", t))).isEqualTo(6);
        assertThat(count("MATCH (e:Event) WHERE e.summary ENDS WITH $t RETURN count(e)", Map.of("t", t))).isEqualTo(2);
        assertThat(count("MATCH (c:Claim) WHERE c.articleId ENDS WITH $t RETURN count(c)", Map.of("t", t))).isEqualTo(18);
        assertThat(count("MATCH (c:Claim) WHERE c.articleId ENDS WITH $t RETURN count(DISTINCT c.id)", Map.of("t", t))).isEqualTo(18);
        assertThat(count("MATCH (f:Faction) WHERE f.name ENDS WITH $t RETURN count(f)", Map.of("t", t))).isEqualTo(2);
        assertThat(count("MATCH (s:Source {name: $s}) RETURN count(s)", Map.of("s", "Velmar officials " + t))).isEqualTo(1);
        assertThat(count("MATCH (:Faction {name: $f})-[r:RIVAL_OF]->() RETURN count(r)", Map.of("f", "Qorvath Front " + t)))
                .isEqualTo(1);
        assertThat(query("MATCH (:Faction {name: $f})-[r:RIVAL_OF]->() RETURN size(r.evidenceArticleIds) AS n",
                Map.of("f", "Qorvath Front " + t)).getFirst().get("n").asInt()).isEqualTo(6);
        assertThat(count("MATCH (:Event {summary: $s})-[r:PERPETRATED_BY]->() RETURN count(r)", Map.of("s", "shared attack " + t)))
                .isEqualTo(1);
        assertThat(statusOf("shared attack " + t)).isEqualTo("UNCONFIRMED");
        assertThat(statusOf("shared clash " + t)).isEqualTo("CORROBORATED");
        // the status history is a chain: each change starts where the previous one ended
        var history = query("MATCH (sc:StatusChange)-[:OF]->(:Event {summary: $s}) RETURN sc.from AS f, sc.to AS t",
                Map.of("s", "shared clash " + t));
        assertThat(history).extracting(r -> r.get("t").asString()).containsExactlyInAnyOrder("REPORTED", "CORROBORATED");
    }
}
