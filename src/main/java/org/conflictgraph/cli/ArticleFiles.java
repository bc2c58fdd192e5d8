package org.conflictgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the articles under the given paths: folders are walked, JSONL files split into lines. */
final class ArticleFiles {

    private ArticleFiles() {
    }

    static List<ArticleFile> collect(List<Path> paths) {
        List<ArticleFile> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path file : walk.filter(Files::isRegularFile).filter(f -> typeOf(f) != null).sorted().toList()) {
                        add(file, out);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                if (typeOf(path) == null) {
                    throw new IllegalArgumentException(path + " is not a .txt, .html, .json or .jsonl file");
                }
                add(path, out);
            } else {
                throw new IllegalArgumentException(path + " does not exist");
            }
        }
        return out;
    }

    private static void add(Path file, List<ArticleFile> out) {
        String type = typeOf(file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
                String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
                    if (!line.isBlank()) {
                        out.add(new ArticleFile(file, i + 1, type, line.getBytes(StandardCharsets.UTF_8)));
                    }
                }
            } else {
                out.add(new ArticleFile(file, null, type, bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The Content-Type for a file name, or null when it is not an article file. */
    static String typeOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return "text/plain";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        if (name.endsWith(".json") || name.endsWith(".jsonl")) {
            return "application/json";
        }
        return null;
    }
}
