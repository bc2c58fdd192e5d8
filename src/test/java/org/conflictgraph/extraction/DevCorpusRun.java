package org.conflictgraph.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.conflictgraph.article.ArticleParser;
import org.conflictgraph.extraction.internal.CoreNlpArticleExtractor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Developer loop, not a test: runs every dev-corpus article through {@link CoreNlpArticleExtractor} and writes each
 * extraction as FORMAT.md JSON under the gold file's name, ready for {@code shared/eval/score --pred}.
 * Articles are parsed by intake's {@link ArticleParser}, exactly as the service parses a POSTed file.
 * <p>
 * Usage: {@code DevCorpusRun [articlesDir] [predDir] [fileGlob]}; defaults /work/shared/corpus/articles and
 * /tmp/conflict-graph-pred.
 */
public final class DevCorpusRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DevCorpusRun() {
    }

    public static void main(String[] args) throws IOException {
        Path articles = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/articles");
        Path pred = Path.of(args.length > 1 ? args[1] : "/tmp/conflict-graph-pred");
        String glob = args.length > 2 ? args[2] : "*";
        Files.createDirectories(pred);
        CoreNlpArticleExtractor extractor = new CoreNlpArticleExtractor(Duration.ofMinutes(5), 1);
        List<Path> files;
        try (Stream<Path> s = Files.list(articles)) {
            files = s.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .sorted().toList();
        }
        long loadStart = System.nanoTime();
        org.conflictgraph.extraction.internal.nlp.CoreNlp.pipeline();
        System.err.printf("CoreNLP loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
        for (Path file : files) {
            for (Input in : read(file)) {
                long t0 = System.nanoTime();
                ArticleExtraction x = extractor.extractNow(in.article());
                double secs = (System.nanoTime() - t0) / 1e9;
                Files.writeString(pred.resolve(in.goldName()),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(x), StandardCharsets.UTF_8);
                System.err.printf("%-50s %5.1f s  actors=%d factions=%d places=%d relations=%d events=%d%n",
                        in.goldName(), secs, x.actors().size(), x.factions().size(), x.places().size(),
                        x.relations().size(), x.events().size());
            }
        }
    }

    record Input(String goldName, ArticleText article) {
    }

    /** Parses a corpus file with intake's own parser, as the service would on POST /api/articles. */
    static List<Input> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] raw = Files.readAllBytes(file);
        ArticleParser parser = new ArticleParser();
        List<Input> out = new ArrayList<>();
        if (name.endsWith(".jsonl")) {
            String[] lines = new String(raw, StandardCharsets.UTF_8).split("\n", -1);
            for (int n = 1; n <= lines.length; n++) {
                if (!lines[n - 1].isBlank()) {
                    out.add(new Input(name + "." + n + ".gold.json", parser.parse(
                            lines[n - 1].getBytes(StandardCharsets.UTF_8), "application/json", name, n).article()));
                }
            }
            return out;
        }
        String type = name.endsWith(".json") ? "application/json"
                : name.endsWith(".html") || name.endsWith(".htm") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
        out.add(new Input(name + ".gold.json", parser.parse(raw, type, name, null).article()));
        return out;
    }
}
