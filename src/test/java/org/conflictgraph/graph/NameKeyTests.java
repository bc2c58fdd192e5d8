package org.conflictgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameKeyTests {

    @Test
    void foldsLikeTheScorersNorm() {
        assertThat(NameKey.of("al-Qaeda")).isEqualTo(NameKey.of("Al Qaeda")).isEqualTo("al qaeda");
        assertThat(NameKey.of("The Taliban")).isEqualTo("taliban");
        assertThat(NameKey.of("Mullah Akhtar Mansour's")).isEqualTo("mullah akhtar mansours");
        assertThat(NameKey.of("U.N.")).isEqualTo("un");
        assertThat(NameKey.of("Øresund  Straße")).isEqualTo("oresund strasse");
        assertThat(NameKey.of("Hélène_Côté")).isEqualTo("helene cote");
        assertThat(NameKey.of(null)).isEmpty();
        assertThat(NameKey.of("--")).isEmpty();
    }

    @Test
    void keysOfNameAndAliasesAreDistinctAndNonEmpty() {
        assertThat(NameKey.ofAll("The Taliban", List.of("Taliban", "?", "Afghan Taliban")))
                .containsExactly("taliban", "afghan taliban");
    }
}
