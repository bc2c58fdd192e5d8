package org.conflictgraph.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bulk job survives {@code kill -9}: the service runs as a real child JVM, is killed with SIGKILL while the
 * job is half done, and restarted on the same data directory; the job resumes, and in the end every article is
 * there exactly once, each with its extraction.
 */
class BulkCrashRecoveryTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ARTICLES = 10;
    private static final String[] ACTORS = {"Government forces", "Rebel fighters", "Militants", "Police",
            "Gunmen", "Soldiers", "Insurgents", "Security forces", "Armed men", "Troops"};
    private static final String[] PLACES = {"Kandahar", "Mosul", "Gao", "Kismayo", "Maiduguri", "Aleppo", "Sanaa",
            "Tripoli", "Goma", "Mopti"};

    @TempDir
    Path dataDir;

    private Process service;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @AfterEach
    void stopService() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    @Test
    void aJobKilledMidwayResumesWithNothingLostAndNothingDoubled() throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        service = start(port, "first");

        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            ndjson.append(JSON.writeValueAsString(Map.of(
                    "title", "Fighting near " + PLACES[i] + " (" + i + ")",
                    "body", ACTORS[i] + " attacked a checkpoint near " + PLACES[i] + " on Monday, killing " + (i + 3)
                            + " people, local officials said.\n\nThe attack could not be independently confirmed.",
                    "published", "2024-03-" + String.format("%02d", i + 1) + "T10:00:00+03:00",
                    "outlet", "Crash Test Wire"))).append('\n');
        }
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/bulk"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(202);
        String jobId = JSON.readTree(accepted.body()).get("id").asString();

        JsonNode midway = waitForJob(base, jobId, job -> job.get("done").asInt() >= 1, Duration.ofMinutes(6));
        service.destroyForcibly(); // SIGKILL: no shutdown hooks, no graceful stop
        assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(midway.get("done").asInt()).as("killed while the job was still running").isLessThan(ARTICLES);

        service = start(port, "second");
        JsonNode finished = waitForJob(base, jobId, job -> "DONE".equals(job.get("state").asString()),
                Duration.ofMinutes(10));
        assertThat(finished.get("total").asInt()).isEqualTo(ARTICLES);
        assertThat(finished.get("done").asInt()).isEqualTo(ARTICLES);
        assertThat(finished.get("failed").asInt()).as(finished.toString()).isZero();

        JsonNode page = JSON.readTree(get(base + "/api/articles?limit=100").body());
        Set<String> ids = new HashSet<>();
        List<String> titles = new ArrayList<>();
        for (JsonNode item : page.get("items")) {
            ids.add(item.get("id").asString());
            titles.add(item.get("title").asString());
        }
        assertThat(titles).as("every article exactly once").hasSize(ARTICLES).doesNotHaveDuplicates();
        assertThat(ids).hasSize(ARTICLES);
        for (String id : ids) {
            HttpResponse<String> extraction = get(base + "/api/articles/" + id + "/extraction");
            assertThat(extraction.statusCode()).as("article %s has its extraction", id).isEqualTo(200);
            assertThat(JSON.readTree(extraction.body()).get("notes").size()).as(extraction.body()).isZero();
        }
    }

    private Process start(int port, String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.conflictgraph.ConflictGraphApplication",
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--conflict-graph.data-dir=" + dataDir, "--conflict-graph.test.shared-dbms=false",
                "--conflict-graph.neo4j.embedded=true", "--conflict-graph.neo4j.page-cache=32m",
                "--spring.main.banner-mode=off");
        Path log = Files.createDirectories(Path.of("target", "crash-test")).resolve(name + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as("the service exited during start-up; see " + log).isTrue();
            try {
                if (get("http://127.0.0.1:" + port + "/actuator/health").statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no health UP within 4 minutes; see " + log);
    }

    private JsonNode waitForJob(String base, String id, java.util.function.Predicate<JsonNode> until, Duration max)
            throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        JsonNode job = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(base + "/api/jobs/" + id);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            job = JSON.readTree(r.body());
            if (until.test(job)) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " did not get there in " + max + "; last: " + job);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
