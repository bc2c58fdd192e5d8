package org.conflictgraph.extraction.internal.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.conflictgraph.extraction.ArticleExtraction.Claim;
import org.junit.jupiter.api.Test;

class StatusDeriverTests {

    private static Claim claim(String stance) {
        return new Claim("x", stance, "cue", 0, 3, "s", 0, 1, null, List.of(), 0.5);
    }

    @Test
    void denialBeatsHedgeBeatsAssertion() {
        assertThat(StatusDeriver.status(List.of(claim("ASSERTS")))).isEqualTo("REPORTED");
        assertThat(StatusDeriver.status(List.of(claim("ASSERTS"), claim("HEDGES")))).isEqualTo("UNCONFIRMED");
        assertThat(StatusDeriver.status(List.of(claim("HEDGES"), claim("DENIES"), claim("ASSERTS")))).isEqualTo("DISPUTED");
    }
}
