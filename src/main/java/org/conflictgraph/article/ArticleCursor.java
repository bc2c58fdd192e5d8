package org.conflictgraph.article;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.conflictgraph.problem.BadInputException;

/** The opaque {@code next} cursor of the article list: the last item's ingestion time and id. */
record ArticleCursor(String ingestedAt, String id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((ingestedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static ArticleCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            if (bar <= 0 || bar == raw.length() - 1) {
                throw new IllegalArgumentException(raw);
            }
            return new ArticleCursor(raw.substring(0, bar), raw.substring(bar + 1));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid-cursor", "Invalid cursor",
                    "The cursor '" + cursor + "' was not issued by this list. Pass the 'next' value of the previous "
                            + "page unchanged, or omit it for the first page.", e);
        }
    }
}
