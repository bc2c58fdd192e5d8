package org.conflictgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTests {

    static final String SEED = """
            MERGE (p:Place {id: 'ex-district'}) SET p.name = 'Ex District'
            MERGE (c:Place {id: 'ex-country'}) SET c.name = 'Ex Country'
            MERGE (p)-[:IN]->(c)
            MERGE (f:Faction {id: 'ex-faction'}) SET f.name = 'Ex "Front", armed', f.aliases = ['EF', 'the Front']
            MERGE (s:Source {id: 'ex-source'}) SET s.name = '=Ex officials', s.kind = 'OFFICIAL'
            MERGE (a:Article {id: 'ex-article'}) SET a.outlet = 'Ex Post', a.published = datetime('2015-12-05T09:30:00+04:30')
            MERGE (e:Event {id: 'ex-event'}) SET e.type = 'BOMBING', e.date = '2015-12-04', e.status = 'REPORTED',
                  e.fatalitiesLow = 3, e.fatalitiesHigh = 5, e.summary = 'Market bombed'
            MERGE (cl:Claim {id: 'ex-claim'}) SET cl.stance = 'ASSERTS', cl.cue = 'said', cl.confidence = 0.75,
                  cl.sentence = 'Officials said, "five died".\nMore.'
            MERGE (e)-[:AT]->(p) MERGE (e)-[:PERPETRATED_BY]->(f)
            MERGE (cl)-[:ABOUT]->(e) MERGE (cl)-[:BY]->(s) MERGE (cl)-[:IN_ARTICLE]->(a)
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

    @Test
    void jsonExportHasEveryNodeWithTypedPropertiesAndRelationshipsByKey() {
        var answer = api.get("/api/export?format=json");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode export = answer.json();
        assertThat(export.get("format").asString()).isEqualTo(GraphExport.FORMAT);
        assertThat(export.get("version").asInt()).isEqualTo(1);
        Map<String, JsonNode> byId = new HashMap<>();
        Set<String> keys = new HashSet<>();
        export.get("nodes").forEach(n -> {
            keys.add(n.get("key").asString());
            assertThat(n.get("labels").toString()).doesNotContain("SchemaMigration");
            if (n.get("properties").has("id")) {
                byId.put(n.get("properties").get("id").asString(), n);
            }
        });
        assertThat(byId.get("ex-faction").get("properties").get("aliases").toString()).isEqualTo("[\"EF\",\"the Front\"]");
        assertThat(byId.get("ex-claim").get("properties").get("confidence").isDouble()).isTrue();
        assertThat(byId.get("ex-event").get("properties").get("fatalitiesLow").isIntegralNumber()).isTrue();
        JsonNode published = byId.get("ex-article").get("properties").get("published");
        assertThat(published.get("$type").asString()).isEqualTo("datetime");
        assertThat(published.get("value").asString()).isEqualTo("2015-12-05T09:30+04:30");
        String claimKey = byId.get("ex-claim").get("key").asString();
        String eventKey = byId.get("ex-event").get("key").asString();
        boolean about = false;
        for (JsonNode r : export.get("relationships")) {
            assertThat(keys).contains(r.get("start").asString(), r.get("end").asString());
            about |= r.get("type").asString().equals("ABOUT") && r.get("start").asString().equals(claimKey)
                    && r.get("end").asString().equals(eventKey);
        }
        assertThat(about).isTrue();
    }

    @Test
    void claimsCsvHasAcledStyleColumnsAndQuotesSafely() {
        var answer = api.get("/api/export?format=csv");
        assertThat(answer.status()).isEqualTo(200);
        String csv = answer.body();
        String header = csv.substring(0, csv.indexOf("\r\n"));
        assertThat(header).startsWith("event_id,event_type,event_date,status,place,country,actor1,actor2")
                .contains(",source,", ",stance,", ",fatalities_low,", ",outlet,");
        int at = csv.indexOf("ex-event,BOMBING,2015-12-04,REPORTED,Ex District,Ex Country,\"Ex \"\"Front\"\", armed\"");
        assertThat(at).as(csv).isGreaterThanOrEqualTo(0);
        String row = csv.substring(at, csv.indexOf("More.\"", at));
        assertThat(row).contains(",'=Ex officials,OFFICIAL,").contains(",ASSERTS,said,")
                .contains("\"Officials said, \"\"five died\"\".\n");
    }

    @Test
    void eventsNodesAndEdgesTables() {
        assertThat(api.get("/api/export?format=csv&table=events").body())
                .contains("ex-event,BOMBING,2015-12-04,REPORTED,,,Ex District,Ex Country");
        assertThat(api.get("/api/export?format=csv&table=nodes").body()).contains(",ex-district,Place,Ex District,");
        assertThat(api.get("/api/export?format=csv&table=edges").body()).contains(",ex-district,IN,");
        assertThat(api.get("/api/export?format=csv&table=people").status()).isEqualTo(400);
        assertThat(api.get("/api/export?format=xlsx").status()).isEqualTo(400);
    }

    @Test
    void graphmlDeclaresItsKeysAndEveryEdgeJoinsNodes() throws Exception {
        var answer = api.get("/api/export?format=graphml");
        assertThat(answer.status()).isEqualTo(200);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("graphml");
        assertThat(root.getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        var keys = new HashSet<String>();
        var keyElements = root.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < keyElements.getLength(); i++) {
            keys.add(((Element) keyElements.item(i)).getAttribute("id"));
        }
        var nodeIds = new HashSet<String>();
        var nodes = root.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        var edges = root.getElementsByTagNameNS("*", "edge");
        assertThat(edges.getLength()).isPositive();
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertThat(nodeIds).contains(e.getAttribute("source"), e.getAttribute("target"));
        }
        var data = root.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) {
            assertThat(keys).contains(((Element) data.item(i)).getAttribute("key"));
        }
        assertThat(answer.body()).contains(">Market bombed<").contains("Ex \"Front\", armed")
                .doesNotContain("SchemaMigration");
    }
}
