package org.conflictgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable node and relationship ids: a prefix and a hash of the parts, so re-writing yields the same ids. */
public final class GraphIds {

    private GraphIds() {
    }

    /** {@code prefix-<first 20 hex digits of SHA-256 of the parts joined by U+001F>}. */
    public static String of(String prefix, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
            return prefix + "-" + HexFormat.of().formatHex(sha.digest()).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
