package org.conflictgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts one article to {@code POST /api/articles}, retrying while the service says it is busy (429/503). */
final class ArticlePoster {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_TRIES = 6;

    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;

    ArticlePoster(HttpClient http, String baseUrl, String user, String password) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    enum Status { NEW, DUPLICATE, FAILED }

    record Outcome(Status status, String id, String reason) {
    }

    Outcome post(ArticleFile file) {
        String query = "?filename=" + URLEncoder.encode(file.path().getFileName().toString(), StandardCharsets.UTF_8)
                + (file.line() == null ? "" : "&line=" + file.line());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/articles" + query))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", file.contentType())
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file.content()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int code = response.statusCode();
                if ((code == 429 || code == 503) && attempt < MAX_TRIES) {
                    long wait = response.headers().firstValue("Retry-After").map(ArticlePoster::seconds).orElse(5L);
                    Thread.sleep(Math.min(60, wait) * 1000);
                    continue;
                }
                return outcome(code, response.body());
            }
        } catch (IOException e) {
            return new Outcome(Status.FAILED, null, "cannot reach " + baseUrl + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Status.FAILED, null, "interrupted");
        }
    }

    private static Outcome outcome(int code, String body) {
        JsonNode json = null;
        try {
            json = JSON.readTree(body);
        } catch (RuntimeException e) {
            // not JSON: reported below with the status
        }
        if ((code == 200 || code == 201) && json != null && json.hasNonNull("id")) {
            boolean duplicate = code == 200 || json.path("duplicate").asBoolean(false);
            return new Outcome(duplicate ? Status.DUPLICATE : Status.NEW, json.path("id").asString(), null);
        }
        String reason = "HTTP " + code;
        if (json != null && json.hasNonNull("title")) {
            reason += " " + json.path("title").asString();
            if (json.hasNonNull("detail")) {
                reason += ": " + json.path("detail").asString();
            }
        } else if (body != null && !body.isBlank()) {
            reason += ": " + body.substring(0, Math.min(200, body.length())).strip();
        }
        return new Outcome(Status.FAILED, null, reason);
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.max(1, Long.parseLong(retryAfter.strip()));
        } catch (NumberFormatException e) {
            return 5;
        }
    }
}
