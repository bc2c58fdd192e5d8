package org.conflictgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.conflictgraph.article.ArticleParser;
import org.conflictgraph.article.ParsedArticle;
import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.extraction.internal.lexicon.FactionLexicon;
import org.conflictgraph.extraction.internal.lexicon.Gazetteer;
import org.conflictgraph.extraction.internal.nlp.CoreNlp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case 1b: the full service path (HTTP → intake → extraction → graph write, answered after commit) per article
 * vs the bare CoreNLP pipeline on the same clean text (goal ≤ 1.3×). Case 5: N articles (default 1,000,
 * {@code -Dbench.bulk.articles=N}) generated from templates over the gazetteer and the faction lexicon, through
 * {@code /api/articles/bulk}: articles/s and peak RSS.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"conflict-graph.test.shared-dbms=false", "conflict-graph.neo4j.embedded=true"})
class IngestBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("conflict-graph-ingest-bench");
        registry.add("conflict-graph.data-dir", dir::toString);
    }

    @Test
    void fullServicePathAgainstBareCoreNlpThenBulk() throws Exception {
        BenchCorpus corpus = BenchCorpus.load();
        ArticleParser parser = new ArticleParser();
        List<ParsedArticle> parsed = new ArrayList<>();
        for (BenchCorpus.Input in : corpus.inputs()) {
            parsed.add(parser.parse(in.body(), in.contentType(), in.filename(), in.line()));
        }
        CoreNlp.pipeline();
        BenchReport report = new BenchReport("ingest");
        int runs = Integer.getInteger("bench.ingest.runs", 2);
        List<Double> bare = new ArrayList<>();
        List<Double> service = new ArrayList<>();
        for (int run = -1; run < runs; run++) { // run -1 warms both paths up
            for (ParsedArticle p : parsed) {
                ArticleText t = p.article();
                String body = JSON.writeValueAsString(articleJson(t, run));
                double b = BenchReport.time(() -> CoreNlp.annotate(t.text(), t.meta().published()));
                List<Double> one = new ArrayList<>();
                HttpResponse<String> r = BenchReport.timed(() -> post("/api/articles", "application/json", body), one);
                assertThat(r.statusCode()).as("a new article, so the whole path runs: " + r.body()).isEqualTo(201);
                if (run >= 0) {
                    bare.add(b);
                    service.addAll(one);
                }
            }
        }
        Stats bs = Stats.of(bare);
        Stats ss = Stats.of(service);
        report.add(new BenchReport.Row("full service path per article vs bare CoreNLP (" + parsed.size()
                + " articles x " + runs + ")", "ms", bs, ss, ss.mean() / bs.mean(), "<= 1.3", "ratio of means"));

        int n = Integer.getInteger("bench.bulk.articles", 1000);
        List<String> lines = generatedArticles(n);
        long t0 = System.nanoTime();
        List<String> jobs = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += 100) {
            String ndjson = String.join("\n", lines.subList(from, Math.min(lines.size(), from + 100))) + "\n";
            HttpResponse<String> r;
            while ((r = post("/api/articles/bulk", "application/x-ndjson", ndjson)).statusCode() == 429) {
                Thread.sleep(1000);
            }
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            jobs.add(JSON.readTree(r.body()).get("id").asString());
        }
        int done = 0;
        int failed = 0;
        for (String job : jobs) {
            JsonNode j;
            do {
                Thread.sleep(500);
                j = JSON.readTree(get("/api/jobs/" + job).body());
            } while (!"DONE".equals(j.get("state").asString()));
            done += j.get("done").asInt();
            failed += j.get("failed").asInt();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        report.fact("bulk articles", n);
        report.fact("bulk done / failed", done + " / " + failed);
        report.fact("bulk articles/s", String.format("%.2f", n / seconds));
        report.fact("bulk wall time (s)", String.format("%.0f", seconds));
        report.fact("peak RSS of the JVM (MiB)", BenchReport.rssKiB() >> 10);
        report.fact("max heap (MiB)", Runtime.getRuntime().maxMemory() >> 20);
        report.write();
        assertThat(done).isEqualTo(n);
    }

    private static Map<String, Object> articleJson(ArticleText t, int run) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", t.meta().title());
        // a real sentence, so intake's boilerplate rules keep it and every run is a new article
        a.put("body", t.text() + "\n\nThis report is benchmark copy number " + (run + 2) + " of the story.");
        a.put("published", t.meta().published());
        a.put("outlet", t.meta().outlet());
        a.put("author", t.meta().author());
        return a;
    }

    /** Varied short reports: who attacked whom where, tolls, and who says so, over real groups and countries. */
    private static List<String> generatedArticles(int n) {
        SplittableRandom random = new SplittableRandom(11);
        List<FactionLexicon.FactionEntry> groups = FactionLexicon.shared().all().stream()
                .filter(f -> List.of("INSURGENT_GROUP", "TERRORIST_GROUP", "MILITIA").contains(f.kind())).toList();
        List<Gazetteer.PlaceEntry> countries = Gazetteer.shared().countries();
        String[] verbs = {"attacked", "ambushed", "shelled", "raided", "bombed"};
        String[] targets = {"a police checkpoint", "an army base", "a market", "a convoy", "a village"};
        String[] speakers = {"local officials said", "a military spokesman said", "witnesses told reporters",
                "the group said in a statement", "according to a UN report"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var group = groups.get(random.nextInt(groups.size()));
            var country = countries.get(random.nextInt(countries.size()));
            String demonym = Gazetteer.shared().demonymsOf(country.name()).stream().findFirst().orElse("Government");
            int toll = 2 + random.nextInt(60);
            String body = group.name() + " fighters " + verbs[random.nextInt(verbs.length)] + " "
                    + targets[random.nextInt(targets.length)] + " in " + country.name() + " on Monday, killing "
                    + toll + " people, " + speakers[random.nextInt(speakers.length)] + ".\n\n"
                    + demonym + " forces said they had repelled the attack and arrested " + (1 + random.nextInt(9))
                    + " suspects. " + group.name() + " denied involvement in a statement.\n\n"
                    + "The toll could not be independently verified. Report number " + i + ".";
            try {
                out.add(JSON.writeValueAsString(Map.of("title", group.name() + " attack in " + country.name(),
                        "body", body, "published", "2024-05-" + String.format("%02d", 1 + i % 28) + "T08:00:00Z",
                        "outlet", "Bench Wire")));
            } catch (tools.jackson.core.JacksonException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private HttpResponse<String> post(String path, String type, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", type).timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
