package org.conflictgraph.cli;

import java.nio.file.Path;

/**
 * One article to post: a whole file, or one line of a JSONL file.
 *
 * @param path        the file
 * @param line        the JSONL line (from 1), or null for a whole file
 * @param contentType the Content-Type to post it with
 * @param content     the bytes of the file or of the line
 */
record ArticleFile(Path path, Integer line, String contentType, byte[] content) {

    /** What the summary calls it: the file, with {@code #line} for a JSONL line. */
    String label() {
        return line == null ? path.toString() : path + "#" + line;
    }
}
