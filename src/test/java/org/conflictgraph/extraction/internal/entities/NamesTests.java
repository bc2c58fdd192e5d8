package org.conflictgraph.extraction.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTests {

    @Test
    void keysFoldCaseDiacriticsPunctuationAndTheLeadingArticle() {
        assertThat(Names.key("The al-Qaeda")).isEqualTo(Names.key("al Qaeda"));
        assertThat(Names.key("Sangaré")).isEqualTo("sangare");
        assertThat(Names.key("U.S.")).isEqualTo(Names.key("US"));
    }

    @Test
    void cleanDropsArticleAndPossessive() {
        assertThat(Names.clean("the Taliban's")).isEqualTo("Taliban");
        assertThat(Names.clean("ISIS\u2019")).isEqualTo("ISIS");
    }
}
