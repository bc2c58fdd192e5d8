package org.conflictgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/** The development corpus as raw postable inputs (JSONL split into lines), for the benchmark cases. */
public record BenchCorpus(List<Input> inputs) {

    /** One article as the service receives it. */
    public record Input(String name, byte[] body, String contentType, String filename, Integer line) {
    }

    static final Path ARTICLES = Path.of("..", "shared", "corpus", "articles");

    public static BenchCorpus load() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ARTICLES), "../shared/corpus/articles is absent: benchmark skipped");
        List<Input> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(ARTICLES)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".jsonl")) {
                    int n = 0;
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        n++;
                        if (!line.isBlank()) {
                            out.add(new Input(name + "#" + n, line.getBytes(StandardCharsets.UTF_8),
                                    "application/json", name, n));
                        }
                    }
                } else {
                    String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                            : name.endsWith(".json") ? "application/json" : "text/plain; charset=utf-8";
                    out.add(new Input(name, Files.readAllBytes(f), type, name, null));
                }
            }
        }
        return new BenchCorpus(out);
    }
}
