package org.conflictgraph.graph.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.graph.ArticleGraphWriter;
import org.conflictgraph.graph.ArticleRecord;
import org.conflictgraph.graph.GraphIds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Identity measured apart from extraction: writes the dev corpus's gold extractions through the real writer
 * (so the resolver and event matcher do the cross-article work), looks every name of {@code gold/identity.json}
 * up through the search API, and saves what {@code shared/eval/score --pred} needs:
 * <pre>
 *   ./mvnw -o test -Dtest=IdentityGoldRun -Dsurefire.failIfNoSpecifiedTests=false
 *   ../shared/eval/score --gold ../shared/corpus/gold --pred target/identity-gold -v
 * </pre>
 * Not a test (no assertions on quality): a runner, like DevCorpusRun.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityGoldRun {

    private static final List<String> LIST_FIELDS = List.of("actors", "factions", "places", "sources", "events",
            "relations", "notes");

    @LocalServerPort
    int port;
    @Autowired
    ArticleGraphWriter writer;
    @Autowired
    JsonMapper json;

    @Test
    void writeGoldAndLookUpIdentity() throws Exception {
        Path gold = Stream.of(Path.of("..", "shared", "corpus", "gold"), Path.of("/work/shared/corpus/gold"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        Assumptions.assumeTrue(gold != null, "shared/corpus/gold is absent: nothing to run");
        Path out = Path.of("target", "identity-gold");
        Files.createDirectories(out);
        List<Path> files;
        try (Stream<Path> s = Files.list(gold)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path f : files) {
            ObjectNode doc = (ObjectNode) json.readTree(Files.readString(f));
            ArticleExtraction x = json.rebuild().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build()
                    .treeToValue(complete(doc), ArticleExtraction.class);
            String id = GraphIds.of("gold", f.getFileName().toString());
            String text = "Gold article " + f.getFileName();
            writer.write(new ArticleRecord(id, "hash-" + id, 0L, x.article().title(), x.article().outlet(),
                    x.article().author(), x.article().published(), null, x.article().headlineIsQuestion(), "JSON",
                    f.getFileName().toString(), text, List.of(0), List.of(text.length()), null), x, "gold");
            Files.writeString(out.resolve(f.getFileName()), Files.readString(f));
        }
        JsonNode clusters = json.readTree(Files.readString(gold.resolve("identity.json")));
        Map<String, Object> lookups = new LinkedHashMap<>();
        HttpClient http = HttpClient.newHttpClient();
        for (JsonNode c : clusters) {
            String kind = c.get("kind").asString();
            for (JsonNode n : c.get("names")) {
                String name = n.asString();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/" + kind + "s?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode items = json.readTree(r.body()).get("items");
                Map<String, Object> hit = new LinkedHashMap<>();
                hit.put("kind", kind);
                hit.put("name", name);
                hit.put("id", items != null && !items.isEmpty() ? items.get(0).get("id").asString() : null);
                hit.put("resolved_name", items != null && !items.isEmpty() ? items.get(0).get("name").asString() : null);
                lookups.put(kind + ":" + name, hit);
            }
        }
        Files.writeString(out.resolve("identity.lookup.json"), json.writeValueAsString(lookups));
    }

    /** Gold files leave optional lists out; the record wants them present. */
    private ObjectNode complete(ObjectNode doc) {
        for (String f : LIST_FIELDS) {
            if (!doc.has(f) || doc.get(f).isNull()) {
                doc.set(f, json.createArrayNode());
            }
        }
        for (String k : List.of("actors", "factions", "places")) {
            for (JsonNode e : doc.get(k)) {
                ObjectNode o = (ObjectNode) e;
                for (String f : List.of("aliases", "roles", "factions")) {
                    if (!o.has(f) || o.get(f).isNull()) {
                        o.set(f, json.createArrayNode());
                    }
                }
            }
        }
        for (JsonNode e : doc.get("events")) {
            ObjectNode o = (ObjectNode) e;
            for (String f : List.of("perpetrators", "victims", "participants", "claims")) {
                if (!o.has(f) || o.get(f).isNull()) {
                    o.set(f, json.createArrayNode());
                }
            }
            List<JsonNode> claims = new ArrayList<>();
            o.get("claims").forEach(claims::add);
            for (JsonNode cl : claims) {
                if (!cl.has("perpetrators") || cl.get("perpetrators").isNull()) {
                    ((ObjectNode) cl).set("perpetrators", json.createArrayNode());
                }
            }
        }
        for (JsonNode r : doc.get("relations")) {
            if (!r.has("evidence") || r.get("evidence").isNull()) {
                ((ObjectNode) r).set("evidence", json.createArrayNode());
            }
        }
        return doc;
    }
}
