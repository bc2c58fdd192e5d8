package org.conflictgraph.extraction.internal.entities;

import java.util.Locale;
import java.util.regex.Pattern;

import org.conflictgraph.extraction.ArticleExtraction.ArticleMeta;

/**
 * Marks tokens that are not part of the story: bylines, reporting/editing trailers, photo credits, share and
 * advertisement debris. Names there (reporters, photographers, the cities they file from) are not entities.
 */
final class BoilerplateFilter {

    private static final Pattern SKIP_SENTENCE = Pattern.compile(
            "(?is)^\\W*(by\\s+\\p{Lu}|(additional\\s+)?reporting\\s+by|writing\\s+by|editing\\s+by|compiled\\s+by"
                    + "|photo(graph)?s?\\s*(:|by|credit)|image\\s*(:|credit)|credit\\s*:|caption\\s*:"
                    + "|share\\s+this|story\\s+continues|advertisement\\b|related\\s*:|read\\s+more\\b"
                    + "|follow\\s+(us|@)|sign\\s+up|subscribe|copyright|©|all\\s+rights\\s+reserved|\\d+\\s+min\\s+read).*"
                    + "|.*\\b(reporting|editing|writing)\\s+by\\s+\\p{Lu}.*");

    private static final Pattern CREDIT_WORD = Pattern.compile(
            "(?i)photo|getty|afp|reuters|\\bap\\b|epa|images|pictures|credit|courtesy|file");

    private BoilerplateFilter() {
    }

    /** skip[sentence][token]: true where the token is boilerplate. */
    static boolean[][] mask(ParsedText text, ArticleMeta meta) {
        boolean[][] skip = new boolean[text.sentenceCount()][];
        String author = meta == null || meta.author() == null ? "" : Names.key(meta.author().replaceFirst("(?i)^by\\s+", ""));
        for (int s = 0; s < text.sentenceCount(); s++) {
            int n = text.tokens(s).size();
            skip[s] = new boolean[n];
            String sentence = text.sentenceText(s).strip();
            if (SKIP_SENTENCE.matcher(sentence).matches() && !longStory(sentence)) {
                java.util.Arrays.fill(skip[s], true);
                continue;
            }
            // parenthesised credits "(AP Photo/Jane Doe)" and the author's own name anywhere
            for (int i = 0; i < n; i++) {
                String w = text.word(s, i);
                if (w.equals("(") || w.equals("-LRB-")) {
                    int j = i + 1;
                    boolean credit = false;
                    while (j < n && !text.word(s, j).equals(")") && !text.word(s, j).equals("-RRB-") && j - i < 15) {
                        credit |= CREDIT_WORD.matcher(text.word(s, j)).find();
                        j++;
                    }
                    if (credit && j < n) {
                        for (int k = i; k <= j; k++) {
                            skip[s][k] = true;
                        }
                    }
                }
            }
            if (!author.isEmpty()) {
                String[] parts = author.split(" ");
                for (int i = 0; i + parts.length <= n; i++) {
                    boolean eq = true;
                    for (int k = 0; k < parts.length && eq; k++) {
                        eq = Names.key(text.word(s, i + k)).equals(parts[k]);
                    }
                    if (eq) {
                        for (int k = 0; k < parts.length; k++) {
                            skip[s][i + k] = true;
                        }
                    }
                }
            }
        }
        return skip;
    }

    /** A long sentence merely starting with "By ..." ("By Tuesday, troops had...") is story, not byline. */
    private static boolean longStory(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return lower.startsWith("by ") && sentence.split("\\s+").length > 12 && !lower.contains("reporting by");
    }
}
