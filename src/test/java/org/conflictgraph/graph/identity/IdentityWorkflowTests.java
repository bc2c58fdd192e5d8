package org.conflictgraph.graph.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.extraction.ArticleExtraction.Actor;
import org.conflictgraph.extraction.ArticleExtraction.Claim;
import org.conflictgraph.extraction.ArticleExtraction.Event;
import org.conflictgraph.extraction.ArticleExtraction.Evidence;
import org.conflictgraph.extraction.ArticleExtraction.Faction;
import org.conflictgraph.extraction.ArticleExtraction.Fatalities;
import org.conflictgraph.extraction.ArticleExtraction.Place;
import org.conflictgraph.extraction.ArticleExtraction.Relation;
import org.conflictgraph.extraction.ArticleExtraction.Source;
import org.conflictgraph.graph.ArticleGraphWriter;
import org.conflictgraph.graph.ArticleRecord;
import org.conflictgraph.graph.EntityKind;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Identity through the real writer and the HTTP API: event coreference across articles, analyst merge and split
 * and their persistence across later ingests, search ordering and entity pages. Hand-built extractions (no
 * CoreNLP) with invented names, since the test DBMS is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityWorkflowTests {

    @LocalServerPort
    int port;
    @Autowired
    ArticleGraphWriter writer;
    @Autowired
    Driver driver;
    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void oneArticlesAssertionAndAnothersDenialWithOtherSpellingsAreOneDisputedEvent() {
        ArticleExtraction first = extraction("Kabul Courier",
                List.of(new Actor("Akhtar Mohammad Qalandari", List.of("Qalandari"), List.of("leader"),
                        List.of("Testan Front"), 0.9)),
                List.of(new Faction("Testan Front", List.of(), "INSURGENT_GROUP", 0.9)),
                List.of(new Place("Gharbistan", List.of(), "DISTRICT", null, 0.9)),
                List.of(new Source("Kabul Courier", "MEDIA", null)),
                List.of(new Event("e1", "KILLING", "Qalandari killed", List.of(), List.of("Akhtar Mohammad Qalandari"),
                        List.of(), "Gharbistan", "2016-05-21", new Fatalities(1, 1),
                        List.of(claim("Kabul Courier", "ASSERTS")), "REPORTED", null, 0.8)),
                List.of());
        ArticleExtraction second = extraction("Frontier Post",
                List.of(new Actor("Mullah Akhtar Qalandary", List.of("Qalandary"), List.of(), List.of(), 0.9)),
                List.of(new Faction("Testan Front", List.of(), "INSURGENT_GROUP", 0.9)),
                List.of(),
                List.of(new Source("Testan Front", "ORGANISATION", "Testan Front")),
                List.of(new Event("e1", "ATTACK", "Qalandary said to be dead", List.of(),
                        List.of("Mullah Akhtar Qalandary"), List.of(), null, "2016-05-22", null,
                        List.of(claim("Testan Front", "DENIES")), "DISPUTED", null, 0.8)),
                List.of());
        writer.write(record("art-qal-1"), first, "test");
        writer.write(record("art-qal-2"), second, "test");

        List<Record> events = query("""
                MATCH (c:Claim)-[:ABOUT]->(e:Event)-[:TARGETED]->(a:Actor)
                WHERE c.articleId IN ['art-qal-1', 'art-qal-2']
                RETURN e.id AS id, e.status AS status, collect(DISTINCT c.articleId) AS articles,
                       collect(DISTINCT a.id) AS victims
                """, Map.of());
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().get("articles").asList()).containsExactlyInAnyOrder("art-qal-1", "art-qal-2");
        assertThat(events.getFirst().get("victims").asList()).hasSize(1);
        assertThat(events.getFirst().get("status").asString()).isEqualTo("DISPUTED");
    }

    @Test
    void aSplitAliasStaysSplitAcrossLaterIngests() throws Exception {
        writer.write(record("art-khk-1"), extraction("Kabul Courier",
                List.of(new Actor("Nazar Mohammad Khaksari", List.of("Khaksari", "Commander Khaksar"), List.of(),
                        List.of(), 0.9)), List.of(), List.of(), List.of(), List.of(), List.of()), "test");
        String id = onlyId("MATCH (:Article {id: 'art-khk-1'})-[:MENTIONS]->(a:Actor) RETURN a.id AS id");
        writer.write(record("art-khk-0"), extraction("Ariana News",
                List.of(new Actor("Commander Khaksar", List.of(), List.of(), List.of(), 0.9)),
                List.of(), List.of(), List.of(), List.of(), List.of()), "test");
        assertThat(onlyId("MATCH (:Article {id: 'art-khk-0'})-[:MENTIONS]->(a:Actor) RETURN a.id AS id"))
                .as("the exact alias attaches before the split").isEqualTo(id);

        JsonNode split = post("/api/entities/" + id + "/split",
                Map.of("aliases", List.of("Commander Khaksar"), "note", "a different commander"));
        String splitId = split.get("otherId").asString();
        assertThat(splitId).isNotEqualTo(id);
        assertThat(query("MATCH (:Actor {id: $a})-[:NOT_SAME_AS]->(:Actor {id: $b}) RETURN 1 AS one",
                Map.of("a", id, "b", splitId))).hasSize(1);
        assertThat(onlyId("MATCH (:Article {id: 'art-khk-0'})-[:MENTIONS]->(a:Actor) RETURN a.id AS id"))
                .as("an article that used only the split spelling follows it").isEqualTo(splitId);
        assertThat(onlyId("MATCH (:Article {id: 'art-khk-1'})-[:MENTIONS]->(a:Actor) RETURN a.id AS id"))
                .isEqualTo(id);
        assertThat(query("MATCH (e:AuditEntry {action: 'split'})-[:ON]->(:Actor {id: $a}) RETURN e.note AS note",
                Map.of("a", id)).getFirst().get("note").asString()).isEqualTo("a different commander");

        writer.write(record("art-khk-2"), extraction("Frontier Post",
                List.of(new Actor("Commander Khaksar", List.of(), List.of(), List.of(), 0.9)),
                List.of(), List.of(), List.of(), List.of(), List.of()), "test");
        String later = onlyId("MATCH (:Article {id: 'art-khk-2'})-[:MENTIONS]->(a:Actor) RETURN a.id AS id");
        assertThat(later).isEqualTo(splitId);
        List<Object> aliases = query("MATCH (a:Actor {id: $id}) RETURN a.aliases AS aliases", Map.of("id", id))
                .getFirst().get("aliases").asList();
        assertThat(aliases).contains("Khaksari").doesNotContain("Commander Khaksar");
    }

    @Test
    void aMergeMovesEveryRelationshipAndLaterIngestsFindTheMergedNode() throws Exception {
        writer.write(record("art-shz-1"), extraction("Kabul Courier",
                List.of(new Actor("Gul Agha Sherzaiyan", List.of(), List.of("governor"), List.of(), 0.9)),
                List.of(new Faction("Testan Council", List.of(), "GOVERNMENT", 0.9)), List.of(), List.of(),
                List.of(), List.of(new Relation("LEADS", "Gul Agha Sherzaiyan", "Testan Council", null, null, null,
                        List.of(new Evidence(0, 20)), 0.8))), "test");
        writer.write(record("art-shz-2"), extraction("Frontier Post",
                List.of(new Actor("Sherzaiyan", List.of(), List.of(), List.of(), 0.9)), List.of(), List.of(),
                List.of(new Source("Frontier Post", "MEDIA", null)),
                List.of(new Event("e1", "ARREST", "Sherzaiyan detained", List.of(), List.of("Sherzaiyan"), List.of(),
                        null, "2017-03-01", null, List.of(claim("Frontier Post", "ASSERTS")), "REPORTED", null, 0.8)),
                List.of()), "test");
        String keep = onlyId("MATCH (:Article {id: 'art-shz-1'})-[:MENTIONS]->(a:Actor) RETURN a.id AS id");
        String other = onlyId("MATCH (:Article {id: 'art-shz-2'})-[:MENTIONS]->(a:Actor) RETURN a.id AS id");
        assertThat(other).as("a lone name without agreeing context stays apart").isNotEqualTo(keep);

        JsonNode merged = post("/api/entities/" + keep + "/merge", Map.of("otherId", other, "note", "same man"));
        assertThat(merged.get("aliases").toString()).contains("Sherzaiyan");
        assertThat(query("MATCH (a:Actor {id: $id}) RETURN a", Map.of("id", other))).isEmpty();
        assertThat(onlyId("MATCH (:Article {id: 'art-shz-2'})-[:MENTIONS]->(a:Actor) RETURN a.id AS id"))
                .isEqualTo(keep);
        assertThat(query("MATCH (:Event)-[:TARGETED]->(a:Actor {id: $id}) RETURN a", Map.of("id", keep))).hasSize(1);
        assertThat(query("MATCH (:Actor {id: $id})-[:LEADS]->(:Faction) RETURN 1 AS one", Map.of("id", keep)))
                .hasSize(1);
        assertThat(query("MATCH (e:AuditEntry {action: 'merge'})-[:ON]->(:Actor {id: $id}) RETURN e.before AS b",
                Map.of("id", keep)).getFirst().get("b").asString()).contains("Sherzaiyan");

        writer.write(record("art-shz-3"), extraction("Pajhwok",
                List.of(new Actor("Sherzaiyan", List.of(), List.of(), List.of(), 0.9)), List.of(), List.of(),
                List.of(), List.of(), List.of()), "test");
        assertThat(onlyId("MATCH (:Article {id: 'art-shz-3'})-[:MENTIONS]->(a:Actor) RETURN a.id AS id"))
                .isEqualTo(keep);

        JsonNode page = get("/api/actors/" + keep);
        assertThat(page.get("name").asString()).isEqualTo("Gul Agha Sherzaiyan");
        JsonNode relation = page.get("relations").get(0);
        assertThat(relation.get("type").asString()).isEqualTo("LEADS");
        assertThat(relation.get("claims").get(0).get("articleId").asString()).isEqualTo("art-shz-1");
        assertThat(relation.get("claims").get(0).get("sentence").asString()).isNotBlank();
        assertThat(page.get("events").size()).isEqualTo(1);
    }

    @Test
    void searchNormalisesTheQueryAndPutsExactNamesAndAliasesBeforeKeysAndFuzzy() throws Exception {
        IdentityFixtures graph = new IdentityFixtures(driver);
        graph.entity(EntityKind.FACTION, "t-fatemiyoun", "Liwa Fatemiyoun");
        graph.entity(EntityKind.FACTION, "t-fatimiyoun-alias", "Fatimiyoun Brigade", "Liwa Fatimiyoun");
        graph.entity(EntityKind.FACTION, "t-fatimiyoun-name", "Liwa Fatimiyoun");
        for (String q : List.of("Liwa Fatimiyoun", "LIWA  FATIMIYOUN.", "the Liwa-Fatimiyoun")) {
            List<String> ids = ids(get("/api/factions?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
            assertThat(ids).as(q).startsWith("t-fatimiyoun-name", "t-fatimiyoun-alias", "t-fatemiyoun");
        }
        JsonNode one = get("/api/factions?limit=1&q=" + URLEncoder.encode("Liwa Fatimiyoun", StandardCharsets.UTF_8));
        assertThat(one.get("items").size()).isEqualTo(1);
        assertThat(one.get("next").asString()).isEqualTo("1");
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(uri("/api/factions?limit=0")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("invalid-limit");
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(uri("/api/actors/no-such-id")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static Claim claim(String source, String stance) {
        return new Claim(source, stance, stance.toLowerCase(), 0, 4, "Text of the article.", 0, 20, null, List.of(),
                0.8);
    }

    private static ArticleRecord record(String id) {
        String text = "Text of the article " + id + ". More text follows here.";
        return new ArticleRecord(id, "hash-" + id, 0L, "Title " + id, "Outlet", null, "2016-05-22", null, false,
                "TEXT", null, text, List.of(0), List.of(text.length()), null);
    }

    private static ArticleExtraction extraction(String outlet, List<Actor> actors, List<Faction> factions,
            List<Place> places, List<Source> sources, List<Event> events, List<Relation> relations) {
        return new ArticleExtraction(new ArticleExtraction.ArticleMeta(null, "A title", outlet, null, "2016-05-22",
                null, false), actors, factions, places, sources, events, relations, List.of());
    }

    private List<Record> query(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.run(cypher, params).list();
        }
    }

    private String onlyId(String cypher) {
        List<Record> rs = query(cypher, Map.of());
        assertThat(rs).hasSize(1);
        return rs.getFirst().get("id").asString();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private JsonNode post(String path, Object body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get("id").asString()));
        return out;
    }
}
