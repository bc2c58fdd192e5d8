package org.conflictgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Soak harness (not in the default tests): {@code ./mvnw -Psoak test -Dsoak.minutes=N} runs N minutes (default 3) of
 * mixed ingest and queries over loopback against the service on its own embedded DBMS, with a bounded number of
 * requests in flight, and reports errors, latency percentiles per kind and RSS over time to target/bench/soak.md.
 */
@Tag("soak")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"conflict-graph.test.shared-dbms=false", "conflict-graph.neo4j.embedded=true"})
class SoakHarness {

    private static final int IN_FLIGHT = 4;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("conflict-graph-soak");
        registry.add("conflict-graph.data-dir", dir::toString);
    }

    @Test
    void mixedIngestAndQueries() throws Exception {
        double minutes = Double.parseDouble(System.getProperty("soak.minutes", "3"));
        BenchCorpus corpus = BenchCorpus.load();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        Map<Long, Long> rssOverTime = Collections.synchronizedMap(new TreeMap<>());
        AtomicInteger sent = new AtomicInteger();
        long end = System.nanoTime() + (long) (minutes * 60e9);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        for (int w = 0; w < IN_FLIGHT; w++) {
            int worker = w;
            pool.submit(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    int n = sent.incrementAndGet();
                    String kind;
                    HttpRequest request;
                    if (worker == 0) { // one ingest stream: each article once as is, then as edited copies
                        BenchCorpus.Input in = corpus.inputs().get(i % corpus.inputs().size());
                        byte[] body = in.body();
                        if (i >= corpus.inputs().size() && !in.contentType().startsWith("application/json")) {
                            body = (new String(body, StandardCharsets.UTF_8) + "\n\nUpdated copy " + i + ".")
                                    .getBytes(StandardCharsets.UTF_8);
                        }
                        kind = "ingest";
                        request = HttpRequest.newBuilder(URI.create(base + "/api/articles?filename=" + in.filename()
                                        + (in.line() == null ? "" : "&line=" + in.line())))
                                .header("Content-Type", in.contentType()).timeout(Duration.ofMinutes(3))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    } else {
                        String[] reads = {"/api/events?limit=50", "/api/articles?limit=20", "/api/actors?q=mansour",
                                "/api/factions?q=taliban", "/api/events?status=DISPUTED"};
                        String path = reads[(n + worker) % reads.length];
                        kind = "GET " + path.replaceAll("\\?.*", "");
                        request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                                .GET().build();
                    }
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() >= 500) {
                            errors.computeIfAbsent(kind + " " + r.statusCode(), k -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.computeIfAbsent(kind + " " + e.getClass().getSimpleName(), k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                            .add((System.nanoTime() - t0) / 1e6);
                    i++;
                }
                return null;
            });
        }
        while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            rssOverTime.put((System.nanoTime() - start) / 1_000_000_000L, BenchReport.procStatusKiB("VmRSS:") >> 10);
            if (System.nanoTime() > end) {
                pool.shutdown();
            }
        }
        StringBuilder md = new StringBuilder("### soak (" + minutes + " min, " + IN_FLIGHT + " in flight)\n\n")
                .append("| kind | requests | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
        latencies.forEach((kind, l) -> {
            Stats s = Stats.of(new ArrayList<>(l));
            md.append(String.format("| %s | %d | %.1f | %.1f | %.1f |%n", kind, s.runs(), s.p50(), s.p99(), s.max()));
        });
        md.append("\nerrors: ").append(errors.isEmpty() ? "none" : errors.toString()).append("\n\nRSS over time (s → MiB): ")
                .append(rssOverTime).append('\n');
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "soak.md"), md.toString());
        System.out.println(md);
        assertThat(errors).as("server errors and transport failures during the soak").isEmpty();
    }
}
