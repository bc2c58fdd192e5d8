package org.conflictgraph.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.conflictgraph.problem.BadInputException;

/**
 * A validated page size and keyset position. The cursor is the sort key of the last item of the previous page,
 * base64url-encoded so clients treat it as opaque; pages stay stable while the graph grows because the next page
 * starts strictly after that key rather than at an offset.
 *
 * @param limit page size, 1..{@value #MAX_LIMIT}
 * @param after sort key to start after (empty for the first page)
 */
record PageRequest(int limit, List<String> after) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final char SEPARATOR = '\u001f';

    static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(limit(limit, DEFAULT_LIMIT, MAX_LIMIT), decode(cursor));
    }

    static int limit(Integer limit, int defaultLimit, int maxLimit) {
        if (limit == null) {
            return defaultLimit;
        }
        if (limit < 1 || limit > maxLimit) {
            throw new BadInputException("invalid-limit", "Invalid page size",
                    "limit must be between 1 and " + maxLimit + ", was " + limit + ".");
        }
        return limit;
    }

    /** The i-th key of the cursor, or null on the first page. */
    String afterKey(int i) {
        return after.isEmpty() ? null : after.get(i);
    }

    static String encode(String... key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(String.valueOf(SEPARATOR), key).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return List.of();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= raw.length(); i++) {
                if (i == raw.length() || raw.charAt(i) == SEPARATOR) {
                    parts.add(raw.substring(start, i));
                    start = i + 1;
                }
            }
            return List.copyOf(parts);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid-cursor", "Invalid cursor",
                    "cursor must be the 'next' value of a previous page, unchanged.", e);
        }
    }

    /** Checks that the cursor has as many key parts as this list sorts by. */
    PageRequest requireKeys(int parts) {
        if (!after.isEmpty() && after.size() != parts) {
            throw new BadInputException("invalid-cursor", "Invalid cursor",
                    "cursor must be the 'next' value of a previous page of this same list, unchanged.");
        }
        return this;
    }
}
