package org.conflictgraph.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Dedup keys of an article body. The exact key is a SHA-256 over the normalised body (case, diacritics,
 * punctuation and whitespace ignored), so the same story as a text dump and as an HTML page is one article.
 * The near-duplicate key is a 64-bit SimHash over word shingles: syndicated copies with small edits differ in a
 * few bits only.
 *
 * @param contentHash hex SHA-256 of the normalised body
 * @param simhash     64-bit SimHash of the body's word 3-shingles
 */
public record ContentFingerprint(String contentHash, long simhash) {

    static final int SHINGLE = 3;

    /** The article id: a prefix of the content hash (96 bits), stable across formats and restarts. */
    public String articleId() {
        return contentHash.substring(0, 24);
    }

    public static ContentFingerprint of(String body) {
        String normalised = normalise(body);
        return new ContentFingerprint(sha256(normalised), simhash(normalised));
    }

    /** Lower case, diacritics folded, every run of non-alphanumerics one space. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2018\u2019\u02bc`\u00b4]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    static long simhash(String normalised) {
        Set<String> shingles = shingles(normalised);
        int[] weights = new int[64];
        for (String shingle : shingles) {
            long h = hash64(shingle);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long result = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    /** Word shingles of the normalised text (the words themselves when the text is shorter than a shingle). */
    static Set<String> shingles(String normalised) {
        String[] words = normalised.isEmpty() ? new String[0] : normalised.split(" ");
        Set<String> out = new HashSet<>();
        if (words.length < SHINGLE) {
            out.addAll(java.util.Arrays.asList(words));
            return out;
        }
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + SHINGLE)));
        }
        return out;
    }

    /** Jaccard similarity of two bodies' shingle sets: the check behind a SimHash candidate. */
    static double resemblance(String bodyA, String bodyB) {
        Set<String> a = shingles(normalise(bodyA));
        Set<String> b = shingles(normalise(bodyB));
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        a.retainAll(b);
        return (double) a.size() / union.size();
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** FNV-1a 64 with a final avalanche, so that similar shingles spread over all bits. */
    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
