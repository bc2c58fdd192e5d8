package org.conflictgraph.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentFingerprintTests {

    private static final String STORY = "Gunmen attacked an army post near the border on Monday, killing at least ten "
            + "soldiers, the army said in a statement. The attackers fled on motorbikes towards the forest, according "
            + "to a local official who asked not to be named. Residents said the shooting lasted two hours and that "
            + "several houses near the post were burned. The government announced three days of mourning and said "
            + "reinforcements had been sent to the area, where jihadist groups have staged repeated raids this year.";

    @Test
    void caseQuotesAndWhitespaceDoNotChangeTheHash() {
        String variant = STORY.toUpperCase().replace("'", "’").replace(" ", "  \n");
        assertThat(ContentFingerprint.of(variant).contentHash()).isEqualTo(ContentFingerprint.of(STORY).contentHash());
    }

    @Test
    void aSyndicatedCopyWithSmallEditsIsNearButNotEqual() {
        String copy = STORY.replace("on Monday", "late on Monday").replace("two hours", "about two hours");
        ContentFingerprint a = ContentFingerprint.of(STORY);
        ContentFingerprint b = ContentFingerprint.of(copy);
        assertThat(a.contentHash()).isNotEqualTo(b.contentHash());
        assertThat(ContentFingerprint.distance(a.simhash(), b.simhash())).isLessThanOrEqualTo(NearDuplicates.MAX_DISTANCE);
        assertThat(ContentFingerprint.resemblance(STORY, copy)).isGreaterThan(NearDuplicates.MIN_RESEMBLANCE);
    }

    @Test
    void differentStoriesAreFarApart() {
        String other = "The central bank raised interest rates by half a point on Thursday, citing inflation that "
                + "has stayed above target for a year, and said further increases were likely before the summer.";
        assertThat(ContentFingerprint.resemblance(STORY, other)).isLessThan(0.1);
        assertThat(ContentFingerprint.distance(ContentFingerprint.of(STORY).simhash(), ContentFingerprint.of(other).simhash()))
                .isGreaterThan(NearDuplicates.MAX_DISTANCE);
    }
}
