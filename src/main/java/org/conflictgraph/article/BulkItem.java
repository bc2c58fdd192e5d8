package org.conflictgraph.article;

/**
 * One article of a bulk job, as journaled: the bytes to post (as text), their content type, and where they came
 * from.
 *
 * @param contentType text/plain, text/html or application/json
 * @param content     the article (a text dump, an HTML page, or a JSON article object)
 * @param filename    becomes {@code article.file}, or null
 * @param line        the JSONL line, or null
 * @param label       what a failure report names: the file name or the title
 */
record BulkItem(String contentType, String content, String filename, Integer line, String label) {
}
