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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.extraction.ArticleExtractor;
import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.problem.ConflictException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalystDecisionsTests {

    @LocalServerPort
    int port;
    @Autowired
    ArticleGraphWriter writer;
    @Autowired
    AnalystDecisions decisions;
    @Autowired
    ArticleRetraction retraction;
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

    final HttpClient http = HttpClient.newHttpClient();

    ArticleGraphWriter testWriter() {
        return new ArticleGraphWriter(transactions,
                new ArticleContribution(new KeyEntityResolver(), new SummaryEventMatcher()), statuses, orphans, json);
    }

    List<Record> query(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.run(cypher, params).list();
        }
    }

    long count(String cypher, Map<String, Object> params) {
        return query(cypher, params).getFirst().get(0).asLong();
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    record Written(String articleId, String eventId, String outletClaimId, String officialClaimId) {
    }

    /** One article: an outlet and an official assert an attack; the group leads in a province. */
    Written writeArticle(ArticleGraphWriter w, String t, String n, String version) {
        String outlet = "Outlet " + n + " " + t;
        String id = "art-" + n + "-" + t;
        w.write(article(id, outlet, null), articleExtraction(t, outlet), version);
        var ids = query("""
                MATCH (a:Article {id: $id})<-[:IN_ARTICLE]-(c:Claim)-[:ABOUT]->(e:Event), (c)-[:BY]->(s:Source)
                RETURN e.id AS event, collect([s.name, c.id]) AS claims
                """, Map.of("id", id)).getFirst();
        String outletClaim = null;
        String officialClaim = null;
        for (Object pair : ids.get("claims").asList()) {
            List<?> p = (List<?>) pair;
            if (p.get(0).equals(outlet)) {
                outletClaim = (String) p.get(1);
            } else {
                officialClaim = (String) p.get(1);
            }
        }
        return new Written(id, ids.get("event").asString(), outletClaim, officialClaim);
    }

    static ArticleExtraction articleExtraction(String t, String outlet) {
        return extraction(outlet)
                .actors(actor("Abu Zarqan " + t))
                .factions(faction("Qorvath Front " + t, "MILITIA"), faction("Velmar Army " + t, "STATE_FORCE"))
                .places(place("Orun " + t, "PROVINCE", null))
                .sources(source(outlet, "MEDIA", null), source("Velmar officials " + t, "OFFICIAL", "Velmar Army " + t))
                .events(event("e1", "ATTACK", "attack " + t, List.of("Qorvath Front " + t), List.of("Velmar Army " + t),
                        "Orun " + t, claim(outlet, "ASSERTS"), claim("Velmar officials " + t, "ASSERTS")))
                .relations(relation("LEADS", "Abu Zarqan " + t, "Qorvath Front " + t),
                        relation("OPERATES_IN", "Qorvath Front " + t, "Orun " + t))
                .build();
    }

    String status(String eventId) {
        return query("MATCH (e:Event {id: $id}) RETURN e.status AS s", Map.of("id", eventId)).getFirst().get("s").asString(null);
    }

    @Test
    void reviewOverridesTheDerivedStatusAndUndoingItRestoresIt() throws Exception {
        String t = Extractions.token();
        Written a = writeArticle(testWriter(), t, "1", "v1");
        assertThat(status(a.eventId())).isEqualTo("REPORTED");

        HttpResponse<String> put = send("PUT", "/api/events/" + a.eventId() + "/review",
                "{\"status\":\"REFUTED\",\"note\":\"satellite images show the base intact\"}");
        assertThat(put.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(put.body());
        assertThat(body.get("status").asString()).isEqualTo("REFUTED");
        assertThat(body.get("derivedStatus").asString()).isEqualTo("REPORTED");
        assertThat(body.get("reviewStatus").asString()).isEqualTo("REFUTED");
        var entry = query("MATCH (x:AuditEntry {id: $id})-[:ON]->(e:Event) RETURN x.action AS action, x.by AS by, "
                + "x.note AS note, x.before AS before, x.after AS after, e.id AS event", Map.of("id", body.get("auditId").asString()));
        assertThat(entry).hasSize(1);
        assertThat(entry.getFirst().get("action").asString()).isEqualTo("review");
        assertThat(entry.getFirst().get("by").asString()).isEqualTo("anonymous");
        assertThat(entry.getFirst().get("note").asString()).contains("satellite");
        assertThat(entry.getFirst().get("after").asString()).contains("REFUTED");
        assertThat(entry.getFirst().get("event").asString()).isEqualTo(a.eventId());

        // a new article asserting the event changes the derived status but not the analyst's decision
        String summaryEvent = a.eventId();
        writeArticle(testWriter(), t, "2", "v1");
        var e = query("MATCH (e:Event {id: $id}) RETURN e.status AS s, e.derivedStatus AS d, e.reviewStatus AS r",
                Map.of("id", summaryEvent)).getFirst();
        assertThat(e.get("s").asString()).isEqualTo("REFUTED");
        assertThat(e.get("d").asString()).isEqualTo("CORROBORATED");

        HttpResponse<String> undo = send("PUT", "/api/events/" + a.eventId() + "/review", "{\"status\":null,\"note\":\"undo\"}");
        assertThat(undo.statusCode()).isEqualTo(200);
        assertThat(json.readTree(undo.body()).get("status").asString()).isEqualTo("CORROBORATED");
        assertThat(json.readTree(undo.body()).get("reviewStatus").isNull()).isTrue();
        assertThat(query("MATCH (sc:StatusChange)-[:OF]->(:Event {id: $id}) RETURN sc.to AS to, sc.rule AS rule ORDER BY sc.at",
                Map.of("id", a.eventId())).stream().map(r -> r.get("rule").asString() + ">" + r.get("to").asString()).toList())
                .contains(EventStatuses.RULE_ANALYST + ">REFUTED", EventStatuses.RULE_ANALYST + ">CORROBORATED");

        HttpResponse<String> bad = send("PUT", "/api/events/" + a.eventId() + "/review", "{\"status\":\"MAYBE\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("review-status");
        assertThat(send("PUT", "/api/events/no-such-event/review", "{\"status\":\"CONFIRMED\"}").statusCode()).isEqualTo(404);
        assertThat(status(a.eventId())).isEqualTo("CORROBORATED");
    }

    @Test
    void aCorrectedStanceChangesTheStatusSurvivesReextractionAndCanBeUndone() throws Exception {
        String t = Extractions.token();
        ArticleGraphWriter w = testWriter();
        Written a = writeArticle(w, t, "1", "v1");
        assertThat(status(a.eventId())).isEqualTo("REPORTED");

        HttpResponse<String> patch = send("PATCH", "/api/claims/" + a.officialClaimId(),
                "{\"stance\":\"DENIES\",\"note\":\"the officials denied it; the extractor missed the negation\"}");
        assertThat(patch.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(patch.body());
        assertThat(body.get("stance").asString()).isEqualTo("DENIES");
        assertThat(body.get("extractedStance").asString()).isEqualTo("ASSERTS");
        assertThat(body.get("eventStatus").asString()).isEqualTo("DISPUTED");
        String auditId = body.get("auditId").asString();

        // re-extraction by a newer extractor replaces the claims, the correction stays
        w.write(article(a.articleId(), "Outlet 1 " + t, null), articleExtraction(t, "Outlet 1 " + t), "v2");
        var c = query("MATCH (c:Claim {id: $id}) RETURN c.stance AS s, c.extractedStance AS x", Map.of("id", a.officialClaimId()));
        assertThat(c).hasSize(1);
        assertThat(c.getFirst().get("s").asString()).isEqualTo("DENIES");
        assertThat(status(a.eventId())).isEqualTo("DISPUTED");

        // the source can be corrected too
        HttpResponse<String> source = send("PATCH", "/api/claims/" + a.officialClaimId(),
                "{\"source\":\"Velmar Ministry of Defence " + t + "\"}");
        assertThat(source.statusCode()).isEqualTo(200);
        assertThat(json.readTree(source.body()).get("sourceName").asString()).isEqualTo("Velmar Ministry of Defence " + t);
        assertThat(json.readTree(source.body()).get("stance").asString()).isEqualTo("DENIES");

        decisions.undo(json.readTree(source.body()).get("auditId").asString(), "wrong speaker", "tester");
        decisions.undo(auditId, "the extractor was right", "tester");
        var restored = query("MATCH (c:Claim {id: $id})-[:BY]->(s:Source) RETURN c.stance AS s, s.name AS n",
                Map.of("id", a.officialClaimId()));
        assertThat(restored).hasSize(1);
        assertThat(restored.getFirst().get("s").asString()).isEqualTo("ASSERTS");
        assertThat(restored.getFirst().get("n").asString()).isEqualTo("Velmar officials " + t);
        assertThat(status(a.eventId())).isEqualTo("REPORTED");
        assertThat(count("MATCH (k:ClaimCorrection {id: $id}) RETURN count(k)", Map.of("id", a.officialClaimId()))).isZero();
        assertThatThrownBy(() -> decisions.undo(auditId, null, "tester")).isInstanceOf(ConflictException.class);

        assertThat(send("PATCH", "/api/claims/" + a.officialClaimId(), "{\"stance\":\"PERHAPS\"}").statusCode()).isEqualTo(400);
        assertThat(send("PATCH", "/api/claims/" + a.officialClaimId(), "{\"note\":\"nothing\"}").statusCode()).isEqualTo(400);
        assertThat(send("PATCH", "/api/claims/no-such-claim", "{\"stance\":\"DENIES\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void deletedEventsAndRelationsStayDeletedOnReingestAndUndoBringsThemBack() throws Exception {
        String t = Extractions.token();
        ArticleGraphWriter w = testWriter();
        Written a = writeArticle(w, t, "1", "v1");
        String relationId = query("MATCH (:Actor {name: $a})-[r:LEADS]->() RETURN r.id AS id", Map.of("a", "Abu Zarqan " + t))
                .getFirst().get("id").asString();

        HttpResponse<String> delEvent = send("DELETE", "/api/events/" + a.eventId() + "?note=spurious", null);
        assertThat(delEvent.statusCode()).isEqualTo(200);
        HttpResponse<String> delRel = send("DELETE", "/api/relations/" + relationId, null);
        assertThat(delRel.statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/api/relations/" + relationId, null).statusCode()).isEqualTo(404);
        assertThat(count("MATCH (e:Event {id: $id}) RETURN count(e)", Map.of("id", a.eventId()))).isZero();
        assertThat(count("MATCH (c:Claim) WHERE c.articleId = $id RETURN count(c)", Map.of("id", a.articleId()))).isZero();

        // re-extraction and a second article naming the same relation do not bring them back
        w.write(article(a.articleId(), "Outlet 1 " + t, null), articleExtraction(t, "Outlet 1 " + t), "v2");
        assertThat(count("MATCH (e:Event {id: $id}) RETURN count(e)", Map.of("id", a.eventId()))).isZero();
        writeArticleWithoutEvent(w, t);
        assertThat(count("MATCH ()-[r:LEADS {id: $id}]->() RETURN count(r)", Map.of("id", relationId))).isZero();

        decisions.undo(json.readTree(delEvent.body()).get("auditId").asString(), "it was real", "tester");
        decisions.undo(json.readTree(delRel.body()).get("auditId").asString(), null, "tester");
        assertThat(status(a.eventId())).isEqualTo("REPORTED");
        assertThat(count("MATCH (c:Claim)-[:ABOUT]->(:Event {id: $id}) RETURN count(c)", Map.of("id", a.eventId()))).isEqualTo(2);
        assertThat(count("MATCH (:Actor {name: $a})-[r:LEADS {id: $id}]->() RETURN count(r)",
                Map.of("a", "Abu Zarqan " + t, "id", relationId))).isEqualTo(1);
        assertThat(count("MATCH (x:AuditEntry) WHERE x.targetId IN [$e, $r] RETURN count(x)",
                Map.of("e", a.eventId(), "r", relationId))).isEqualTo(4);
    }

    private void writeArticleWithoutEvent(ArticleGraphWriter w, String t) {
        w.write(article("rel-only-" + t, "Outlet 9 " + t, null), extraction("Outlet 9 " + t)
                .actors(actor("Abu Zarqan " + t)).factions(faction("Qorvath Front " + t, "MILITIA"))
                .relations(relation("LEADS", "Abu Zarqan " + t, "Qorvath Front " + t)).build(), "v1");
    }

    @Test
    void retractionRemovesTheArticlesClaimsRecomputesAndRemovesWhatOnlyItSupported() throws Exception {
        String t = Extractions.token();
        ArticleGraphWriter w = testWriter();
        Written a = writeArticle(w, t, "1", "v1");
        // the second article also names a village only it mentions, in a relation only it supports
        String outlet2 = "Outlet 2 " + t;
        ArticleExtraction x2 = extraction(outlet2)
                .factions(faction("Qorvath Front " + t, "MILITIA"), faction("Velmar Army " + t, "STATE_FORCE"))
                .places(place("Orun " + t, "PROVINCE", null), place("Dashkel " + t, "VILLAGE", "Orun " + t))
                .sources(source(outlet2, "MEDIA", null))
                .events(event("e1", "ATTACK", "attack " + t, List.of("Qorvath Front " + t), List.of("Velmar Army " + t),
                                "Orun " + t, claim(outlet2, "ASSERTS")),
                        event("e2", "KILLING", "only in two " + t, List.of("Qorvath Front " + t), List.of(), "Dashkel " + t,
                                claim(outlet2, "ASSERTS")))
                .relations(relation("OPERATES_IN", "Qorvath Front " + t, "Dashkel " + t),
                        relation("OPERATES_IN", "Qorvath Front " + t, "Orun " + t))
                .build();
        w.write(article("art-2-" + t, outlet2, null), x2, "v1");
        assertThat(status(a.eventId())).isEqualTo("CORROBORATED");
        assertThat(query("MATCH (:Faction {name: $f})-[r:OPERATES_IN]->(:Place {name: $p}) RETURN r.evidenceArticleIds AS ids",
                Map.of("f", "Qorvath Front " + t, "p", "Orun " + t)).getFirst().get("ids").asList()).hasSize(2);

        HttpResponse<String> del = send("DELETE", "/api/articles/art-2-" + t + "?note=fabricated", null);
        assertThat(del.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(del.body());
        assertThat(body.get("claimsRemoved").asInt()).isEqualTo(2);
        assertThat(body.get("eventsRemoved").size()).isEqualTo(1);

        assertThat(count("MATCH (a:Article {id: $id}) RETURN count(a)", Map.of("id", "art-2-" + t))).isZero();
        assertThat(count("MATCH (c:Claim {articleId: $id}) RETURN count(c)", Map.of("id", "art-2-" + t))).isZero();
        assertThat(status(a.eventId())).isEqualTo("REPORTED");
        assertThat(count("MATCH (e:Event {summary: $s}) RETURN count(e)", Map.of("s", "only in two " + t))).isZero();
        assertThat(count("MATCH (p:Place {name: $p}) RETURN count(p)", Map.of("p", "Dashkel " + t))).isZero();
        assertThat(count("MATCH (s:Source {name: $s}) RETURN count(s)", Map.of("s", outlet2))).isZero();
        assertThat(count("MATCH (f:Faction {name: $f}) RETURN count(f)", Map.of("f", "Qorvath Front " + t))).isEqualTo(1);
        assertThat(query("MATCH (:Faction {name: $f})-[r:OPERATES_IN]->(:Place {name: $p}) RETURN r.evidenceArticleIds AS ids",
                Map.of("f", "Qorvath Front " + t, "p", "Orun " + t)).getFirst().get("ids").asList()).containsExactly(a.articleId());
        assertThat(count("MATCH (:Event {id: $id})-[r:PERPETRATED_BY]->() RETURN count(r)", Map.of("id", a.eventId()))).isEqualTo(1);
        var entry = query("MATCH (x:AuditEntry {id: $id}) RETURN x.action AS a, x.targetId AS t",
                Map.of("id", body.get("auditId").asString()));
        assertThat(entry.getFirst().get("a").asString()).isEqualTo("retract-article");
        assertThat(send("DELETE", "/api/articles/art-2-" + t, null).statusCode()).isEqualTo(404);

        // and the retraction can be undone
        decisions.undo(body.get("auditId").asString(), "retracted by mistake", "tester");
        assertThat(count("MATCH (a:Article {id: $id}) RETURN count(a)", Map.of("id", "art-2-" + t))).isEqualTo(1);
        assertThat(status(a.eventId())).isEqualTo("CORROBORATED");
        assertThat(count("MATCH (p:Place {name: $p}) RETURN count(p)", Map.of("p", "Dashkel " + t))).isEqualTo(1);
    }

    @Test
    void reextractionJobReplacesClaimsAndKeepsAnalystDecisions() throws Exception {
        String t = Extractions.token();
        ArticleGraphWriter w = testWriter();
        Written a = writeArticle(w, t, "1", "v1");
        String relationId = query("MATCH (:Actor {name: $a})-[r:LEADS]->() RETURN r.id AS id", Map.of("a", "Abu Zarqan " + t))
                .getFirst().get("id").asString();
        decisions.review(a.eventId(), "CONFIRMED", "seen on video", "analyst1");
        decisions.correctClaim(a.outletClaimId(), "HEDGES", null, "the outlet wrote 'reportedly'", "analyst1");
        decisions.deleteRelation(relationId, "not the leader", "analyst1");
        String outlet = "Outlet 1 " + t;

        // the improved extractor finds the same event with a new cue and one more claim
        ArticleExtractor improved = new ArticleExtractor() {
            @Override
            public String version() {
                return "v2-" + t;
            }

            @Override
            public ArticleExtraction extract(ArticleText article) {
                if (!outlet.equals(article.meta().outlet())) {
                    throw new IllegalArgumentException("not this test's article");
                }
                assertThat(article.text()).contains("Officials said");
                ArticleExtraction base = articleExtraction(t, outlet);
                var e = base.events().getFirst();
                var claims = new java.util.ArrayList<>(e.claims());
                claims.add(claim("Qorvath Front " + t, "DENIES"));
                return base.withEvents(List.of(new ArticleExtraction.Event(e.id(), e.type(), e.summary(),
                        e.perpetrators(), e.victims(), e.participants(), e.place(), e.date(), e.fatalities(), claims,
                        "DISPUTED", null, 0.9)));
            }
        };
        ReextractionJobs jobs = new ReextractionJobs(transactions, improved, w);
        try {
            var job = jobs.start(false);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!jobs.find(job.id()).orElseThrow().state().matches("DONE|FAILED") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            var done = jobs.find(job.id()).orElseThrow();
            assertThat(done.state()).isEqualTo("DONE");
            assertThat(done.done()).isGreaterThanOrEqualTo(1);
        } finally {
            jobs.destroy();
        }

        assertThat(query("MATCH (:Article {id: $id})-[:HAS_EXTRACTION]->(x) RETURN x.extractorVersion AS v",
                Map.of("id", a.articleId())).getFirst().get("v").asString()).isEqualTo("v2-" + t);
        assertThat(count("MATCH (c:Claim {articleId: $id}) RETURN count(c)", Map.of("id", a.articleId()))).isEqualTo(3);
        var e = query("MATCH (e:Event {id: $id}) RETURN e.status AS s, e.derivedStatus AS d, e.reviewStatus AS r",
                Map.of("id", a.eventId())).getFirst();
        assertThat(e.get("r").asString()).isEqualTo("CONFIRMED");
        assertThat(e.get("s").asString()).isEqualTo("CONFIRMED");
        assertThat(e.get("d").asString()).isEqualTo("DISPUTED");
        assertThat(query("MATCH (c:Claim {id: $id}) RETURN c.stance AS s", Map.of("id", a.outletClaimId()))
                .getFirst().get("s").asString()).isEqualTo("HEDGES");
        assertThat(count("MATCH ()-[r:LEADS {id: $id}]->() RETURN count(r)", Map.of("id", relationId))).isZero();
    }

    @Test
    void unknownReextractionJobIsNotFound() throws Exception {
        HttpResponse<String> r = send("GET", "/api/admin/reextract/nope", null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("job-not-found");
    }
}
