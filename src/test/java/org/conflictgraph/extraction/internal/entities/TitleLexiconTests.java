package org.conflictgraph.extraction.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TitleLexiconTests {

    private final TitleLexicon titles = TitleLexicon.shared();

    @Test
    void misspeltReligiousTitleIsCorrectedByEditDistance() {
        assertThat(titles.correctedNameTitle("Mallah")).contains("Mullah");
        assertThat(titles.correctedNameTitle("Muslim")).isEmpty(); // several edits away
        assertThat(titles.correctedNameTitle("Mallahs")).isEmpty(); // two edits away
    }

    @Test
    void anOfficeIsNeverReadAsAMisspeltTitle() {
        assertThat(titles.correctedNameTitle("Mayor")).isEmpty();
        assertThat(titles.kindOf("Mayor")).contains(TitleLexicon.Kind.OFFICE);
    }

    @Test
    void longestTitleWinsAndKindsSeparateNamesFromOffices() {
        var m = titles.at(List.of("Brigadier", "General", "Ali", "Hassan"), 0).orElseThrow();
        assertThat(m.length()).isEqualTo(2);
        assertThat(m.kind()).isEqualTo(TitleLexicon.Kind.NAME);
        var office = titles.at(List.of("Foreign", "Minister", "Ali"), 0).orElseThrow();
        assertThat(office.kind()).isEqualTo(TitleLexicon.Kind.OFFICE);
        assertThat(titles.at(List.of("general", "Ali"), 0)).isEmpty(); // lower case is not a title
    }
}
