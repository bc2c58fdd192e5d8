package org.conflictgraph.graph.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.conflictgraph.graph.identity.PersonNames.Match;
import org.junit.jupiter.api.Test;

class PersonNamesTests {

    @Test
    void spellingsOfOneManAreTheSame() {
        assertThat(PersonNames.compare("Mullah Akhtar Mansour", List.of("Mansour", "Akhtar Mansour"),
                "Akhtar Mohammad Mansoor", List.of())).isEqualTo(Match.SAME);
        assertThat(PersonNames.compare("Sergei Lavrov", List.of("Lavrov"), "Sergey Lavrov", List.of()))
                .isEqualTo(Match.SAME);
        assertThat(PersonNames.compare("Abu Mohammad al-Jolani", List.of(), "Abu Mohammed al-Jolani", List.of()))
                .isEqualTo(Match.SAME);
        assertThat(PersonNames.compare("Abiy Ahmed", List.of(), "Abiy Ahmed Ali", List.of())).isEqualTo(Match.SAME);
        assertThat(PersonNames.compare("Ahmed Shah Massoud", List.of(), "Ahmad Shah Masood", List.of()))
                .isEqualTo(Match.SAME);
    }

    @Test
    void aSharedSurnameOrGivenNameIsNotTheSamePerson() {
        assertThat(PersonNames.compare("Akhtar Mansour", List.of("Mansour"), "Mansour Dadullah", List.of("Dadullah")))
                .isEqualTo(Match.CONFLICT);
        assertThat(PersonNames.compare("Mohamed Hussein", List.of(), "Saddam Hussein", List.of()))
                .isEqualTo(Match.CONFLICT);
        assertThat(PersonNames.compare("Mohamed Hussein", List.of(), "Mohammed Hassan", List.of()))
                .isEqualTo(Match.CONFLICT);
        assertThat(PersonNames.compare("Mohamed Abdullahi Mohamed", List.of(), "Mohamed Ali Mohamed", List.of()))
                .isEqualTo(Match.CONFLICT);
    }

    @Test
    void aLoneNameIsOnlyAPartialMatch() {
        assertThat(PersonNames.compare("Mansour", List.of(), "Akhtar Mohammad Mansoor", List.of()))
                .isEqualTo(Match.SURNAME);
        assertThat(PersonNames.compare("Abiy", List.of(), "Abiy Ahmed", List.of())).isEqualTo(Match.GIVEN);
        assertThat(PersonNames.compare("Trump", List.of(), "Trump", List.of())).isEqualTo(Match.SINGLE);
        // a religious title with one name is how the man is known: not his brother's surname
        assertThat(PersonNames.compare("Mullah Dadullah", List.of("Dadullah"), "Mansoor Dadullah", List.of()))
                .isEqualTo(Match.SURNAME);
        assertThat(PersonNames.compare("Mullah Dadullah", List.of(), "Mansoor Dadullah", List.of()))
                .isEqualTo(Match.NONE);
    }

    @Test
    void jaroWinklerIsSymmetricAndBounded() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isBetween(0.96, 0.97);
        assertThat(JaroWinkler.similarity("bulkisi", "bulikisi")).isEqualTo(JaroWinkler.similarity("bulikisi", "bulkisi"));
        assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
    }
}
