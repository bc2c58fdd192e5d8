package org.conflictgraph.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Counts of new, duplicate and failed articles, and each failure's reason. */
final class IngestSummary {

    private int created;
    private int duplicates;
    private final List<String> failures = new ArrayList<>();

    void add(ArticleFile file, ArticlePoster.Outcome outcome) {
        switch (outcome.status()) {
            case NEW -> created++;
            case DUPLICATE -> duplicates++;
            case FAILED -> failures.add(file.label() + ": " + outcome.reason());
        }
    }

    int failed() {
        return failures.size();
    }

    String shortLine() {
        return "new " + created + ", duplicate " + duplicates + ", failed " + failures.size();
    }

    void print(PrintStream out) {
        out.println("ingested: " + shortLine());
        for (String failure : failures) {
            out.println("FAILED " + failure);
        }
    }
}
