package org.conflictgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventApiTests {

    /** A small conflict graph with ids unique to this class (the test DBMS is shared per JVM). */
    static final String SEED = """
            MERGE (country:Place {id: 'evq-country'}) SET country.name = 'Evq Country', country.kind = 'COUNTRY'
            MERGE (province:Place {id: 'evq-province'}) SET province.name = 'Evq Province', province.kind = 'PROVINCE'
            MERGE (district:Place {id: 'evq-district'}) SET district.name = 'Evq District', district.kind = 'DISTRICT'
            MERGE (other:Place {id: 'evq-other'}) SET other.name = 'Evq Elsewhere'
            MERGE (district)-[:IN]->(province) MERGE (province)-[:IN]->(country)
            MERGE (rebels:Faction {id: 'evq-rebels'}) SET rebels.name = 'Evq Rebels'
            MERGE (gov:Faction {id: 'evq-gov'}) SET gov.name = 'Evq Government'
            MERGE (leader:Actor {id: 'evq-leader'}) SET leader.name = 'Evq Leader'
            MERGE (officials:Source {id: 'evq-officials'}) SET officials.name = 'Evq officials', officials.kind = 'OFFICIAL'
            MERGE (spokesman:Source {id: 'evq-spokesman'}) SET spokesman.name = 'Evq spokesman', spokesman.kind = 'PERSON'
            MERGE (outlet:Source {id: 'evq-outlet'}) SET outlet.name = 'Evq Times', outlet.kind = 'MEDIA'
            MERGE (officials)-[:SPEAKS_FOR]->(gov) MERGE (spokesman)-[:SPEAKS_FOR]->(rebels)
            MERGE (a1:Article {id: 'evq-a1'}) SET a1.title = 'Leader killed?', a1.outlet = 'Evq Times',
                  a1.published = datetime('2015-12-05T10:00:00+04:30')
            MERGE (a2:Article {id: 'evq-a2'}) SET a2.title = 'Attack on a checkpoint', a2.outlet = 'Evq Times',
                  a2.published = '2015-06-11'
            MERGE (e1:Event {id: 'evq-e1'}) SET e1.type = 'KILLING', e1.summary = 'Leader shot dead', e1.date = '2015-12',
                  e1.fatalitiesLow = 1, e1.fatalitiesHigh = 1, e1.derivedStatus = 'DISPUTED', e1.status = 'DISPUTED'
            MERGE (e2:Event {id: 'evq-e2'}) SET e2.type = 'ATTACK', e2.summary = 'Checkpoint attacked',
                  e2.date = '2015-06-10', e2.derivedStatus = 'REPORTED', e2.status = 'REPORTED'
            MERGE (e3:Event {id: 'evq-e3'}) SET e3.type = 'CLASH', e3.summary = 'Clash somewhere',
                  e3.derivedStatus = 'UNCONFIRMED', e3.status = 'UNCONFIRMED'
            MERGE (e1)-[:AT]->(district) MERGE (e1)-[:TARGETED]->(leader)
            MERGE (e2)-[:AT]->(province) MERGE (e2)-[:PERPETRATED_BY]->(rebels)
            MERGE (e3)-[:AT]->(other)
            MERGE (c1:Claim {id: 'evq-c1'}) SET c1.stance = 'ASSERTS', c1.cue = 'said', c1.sentence = 'Officials said he was killed.',
                  c1.sentenceStart = 0, c1.sentenceEnd = 29, c1.confidence = 0.9
            MERGE (c2:Claim {id: 'evq-c2'}) SET c2.stance = 'DENIES', c2.cue = 'insist he is alive',
                  c2.sentence = 'The rebels insist he is alive.'
            MERGE (c3:Claim {id: 'evq-c3'}) SET c3.stance = 'ASSERTS', c3.cue = 'attacked', c3.sentence = 'Rebels attacked.',
                  c3.fatalitiesLow = 2, c3.fatalitiesHigh = 4
            MERGE (c4:Claim {id: 'evq-c4'}) SET c4.stance = 'HEDGES', c4.cue = 'reportedly', c4.sentence = 'They reportedly clashed.'
            MERGE (c1)-[:ABOUT]->(e1) MERGE (c1)-[:BY]->(officials) MERGE (c1)-[:IN_ARTICLE]->(a1)
            MERGE (c2)-[:ABOUT]->(e1) MERGE (c2)-[:BY]->(spokesman) MERGE (c2)-[:IN_ARTICLE]->(a1)
            MERGE (c3)-[:ABOUT]->(e2) MERGE (c3)-[:BY]->(outlet) MERGE (c3)-[:IN_ARTICLE]->(a2) MERGE (c3)-[:BLAMES]->(rebels)
            MERGE (c4)-[:ABOUT]->(e3) MERGE (c4)-[:BY]->(officials) MERGE (c4)-[:IN_ARTICLE]->(a2)
            MERGE (s1:StatusChange {id: 'evq-s1'}) SET s1.from = null, s1.to = 'REPORTED', s1.rule = 'ASSERTED',
                  s1.at = datetime('2026-01-01T00:00:00Z')
            MERGE (s2:StatusChange {id: 'evq-s2'}) SET s2.from = 'REPORTED', s2.to = 'DISPUTED', s2.rule = 'DENIED',
                  s2.at = datetime('2026-01-02T00:00:00Z')
            MERGE (s1)-[:OF]->(e1) MERGE (s2)-[:OF]->(e1)
            WITH country
            UNWIND range(1, 5) AS i
            MERGE (p:Event {id: 'evq-page-' + i}) SET p.type = 'OTHER', p.date = '2016-01-0' + (6 - i), p.status = 'REPORTED'
            MERGE (pp:Place {id: 'evq-paging'}) MERGE (p)-[:AT]->(pp)
            """;

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    LocalApi api;

    @BeforeAll
    void seed() {
        api = new LocalApi(port);
        try (var s = driver.session()) {
            s.run(SEED).consume();
        }
    }

    List<String> ids(String query) {
        var answer = api.get("/api/events?" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().get("items").forEach(e -> ids.add(e.get("id").asString()));
        return ids;
    }

    @Test
    void placeFilterIncludesPlacesInsideItOrderedByDate() {
        assertThat(ids("place=evq-country")).containsExactly("evq-e2", "evq-e1");
        assertThat(ids("place=evq-district")).containsExactly("evq-e1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            place=evq-country&type=killing              | evq-e1
            place=evq-country&status=REPORTED           | evq-e2
            source=evq-officials                        | evq-e1 evq-e3
            source=evq-officials&stance=HEDGES          | evq-e3
            stance=DENIES&article=evq-a1                | evq-e1
            article=evq-a2                              | evq-e2 evq-e3
            actor=evq-leader                            | evq-e1
            faction=evq-rebels                          | evq-e2
            place=evq-country&from=2015-07              | evq-e1
            place=evq-country&to=2015-06                | evq-e2
            place=evq-country&from=2015-12-05&to=2015-12-05 | evq-e1
            place=evq-country&from=2016                 | ''
            """)
    void filtersCombine(String query, String expected) {
        assertThat(ids(query)).containsExactlyElementsOf(
                expected.isBlank() ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void eachEventCarriesItsClaimsWithSourceSentenceAndArticle() {
        JsonNode e1 = api.get("/api/events?place=evq-district").json().get("items").get(0);
        assertThat(e1.get("type").asString()).isEqualTo("KILLING");
        assertThat(e1.get("date").asString()).isEqualTo("2015-12");
        assertThat(e1.get("fatalitiesLow").asLong()).isEqualTo(1);
        assertThat(e1.get("targets").get(0).get("id").asString()).isEqualTo("evq-leader");
        assertThat(e1.get("places").get(0).get("name").asString()).isEqualTo("Evq District");
        assertThat(e1.has("statusHistory")).isFalse();
        JsonNode claims = e1.get("claims");
        assertThat(claims.size()).isEqualTo(2);
        JsonNode c1 = claims.get(0);
        assertThat(c1.get("stance").asString()).isEqualTo("ASSERTS");
        assertThat(c1.get("cue").asString()).isEqualTo("said");
        assertThat(c1.get("sentence").asString()).isEqualTo("Officials said he was killed.");
        assertThat(c1.get("source").get("name").asString()).isEqualTo("Evq officials");
        assertThat(c1.get("article").get("title").asString()).isEqualTo("Leader killed?");
        assertThat(c1.get("article").get("outlet").asString()).isEqualTo("Evq Times");
        assertThat(c1.get("article").get("published").asString()).isEqualTo("2015-12-05T10:00:00+04:30");
        assertThat(claims.get(1).get("stance").asString()).isEqualTo("DENIES");
    }

    @Test
    void pagesAreStableAndCoverEverythingOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var answer = api.get("/api/events?place=evq-paging&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).isEqualTo(200);
            answer.json().get("items").forEach(e -> seen.add(e.get("id").asString()));
            cursor = answer.json().get("next").isNull() ? null : answer.json().get("next").asString();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        // dated 2016-01-05 .. 2016-01-01 for page-1 .. page-5: ascending date is descending number
        assertThat(seen).containsExactly("evq-page-5", "evq-page-4", "evq-page-3", "evq-page-2", "evq-page-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            type=MASSACRE                   | unknown-filter-value
            stance=maybe                    | unknown-filter-value
            status=LIKELY                   | unknown-filter-value
            actor=evq-nobody                | unknown-filter-value
            place=evq-nowhere               | unknown-filter-value
            from=2015-13                    | invalid-date
            to=yesterday                    | invalid-date
            from=2016&to=2015               | invalid-date-range
            limit=501                       | invalid-limit
            limit=0                         | invalid-limit
            limit=ten                       | invalid-parameter
            cursor=!!!                      | invalid-cursor
            """)
    void badInputIsAProblem(String query, String type) {
        var answer = api.get("/api/events?" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("type").asString()).endsWith("/" + type);
    }

    @Test
    void oneEventHasItsStatusHistoryNewestFirst() {
        var answer = api.get("/api/events/evq-e1");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode history = answer.json().get("statusHistory");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("to").asString()).isEqualTo("DISPUTED");
        assertThat(history.get(0).get("rule").asString()).isEqualTo("DENIED");
        assertThat(history.get(1).get("from").isNull()).isTrue();
        assertThat(answer.json().get("claims").size()).isEqualTo(2);
        assertThat(api.get("/api/events/evq-missing").status()).isEqualTo(404);
    }

    @Test
    void aSourceCountsItsStancesAndPagesItsClaims() {
        var answer = api.get("/api/sources/evq-officials?limit=1");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("name").asString()).isEqualTo("Evq officials");
        assertThat(json.get("speaksFor").get(0).get("id").asString()).isEqualTo("evq-gov");
        assertThat(json.get("counts").get("asserts").asLong()).isEqualTo(1);
        assertThat(json.get("counts").get("hedges").asLong()).isEqualTo(1);
        assertThat(json.get("counts").get("denies").asLong()).isZero();
        assertThat(json.get("claims").get("items").get(0).get("claim").get("id").asString()).isEqualTo("evq-c1");
        assertThat(json.get("claims").get("items").get(0).get("event").get("id").asString()).isEqualTo("evq-e1");
        String next = json.get("claims").get("next").asString();
        var second = api.get("/api/sources/evq-officials?limit=1&cursor=" + next).json();
        assertThat(second.get("claims").get("items").get(0).get("claim").get("id").asString()).isEqualTo("evq-c4");
        assertThat(second.get("claims").get("next").isNull()).isTrue();
        assertThat(api.get("/api/sources/evq-nobody").status()).isEqualTo(404);
    }
}
