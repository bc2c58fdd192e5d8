package org.conflictgraph.article;

import java.util.List;

/** What a format parser found: metadata (any may be null) and the body's paragraphs, in order. */
record ParsedParts(String title, String outlet, String author, String published, String url,
                   List<String> paragraphs) {

    ParsedParts {
        paragraphs = List.copyOf(paragraphs);
    }
}
