package org.conflictgraph.article;

/**
 * Page dumps repeat the headline (three or four times, once in capitals): the repeats are one title, and the
 * form in normal case wins over the shouted one.
 */
final class TitleDeduplicator {

    private String title;

    /** Offers a headline line; answers whether it was taken as (a repeat of) the title. */
    boolean offer(String line) {
        String s = BoilerplateLines.clean(line);
        if (title == null) {
            title = s;
            return true;
        }
        if (!same(title, s)) {
            return false;
        }
        if (isShouted(title) && !isShouted(s)) {
            title = s;
        }
        return true;
    }

    boolean isRepeat(String line) {
        return title != null && same(title, BoilerplateLines.clean(line));
    }

    String title() {
        return title;
    }

    static boolean same(String a, String b) {
        return ContentFingerprint.normalise(a).equals(ContentFingerprint.normalise(b));
    }

    /** All letters upper case (and there are some). */
    static boolean isShouted(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }
}
