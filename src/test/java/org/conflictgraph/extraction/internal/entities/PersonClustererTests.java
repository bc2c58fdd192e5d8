package org.conflictgraph.extraction.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.conflictgraph.extraction.internal.entities.PersonClusterer.Person;
import org.conflictgraph.extraction.internal.entities.PersonClusterer.PersonMention;
import org.junit.jupiter.api.Test;

class PersonClustererTests {

    private int sentence;

    /** A mention "Title Core words"; {@code title} is the canonical title, {@code written} as the text spells it. */
    private PersonMention m(String title, boolean corrected, String written, String core) {
        List<String> words = Arrays.asList(core.split(" "));
        String surface = written == null ? core : written + " " + core;
        return new PersonMention(new Span(sentence++, 0, words.size()), surface, title, corrected, words, null, -1);
    }

    private PersonMention m(String title, String core) {
        return m(title, false, title, core);
    }

    @Test
    void surnameAndTitleFormsJoinTheFullName() {
        List<Person> people = PersonClusterer.cluster(List.of(m("Mullah", "Akhtar Mansour"), m(null, "Mansour"),
                m(null, "Akhtar Mansour")));
        assertThat(people).hasSize(1);
        assertThat(people.get(0).name()).isEqualTo("Mullah Akhtar Mansour");
        assertThat(people.get(0).mentions).hasSize(3);
    }

    @Test
    void twoPeopleSharingANamePartStayApartAndTheShortFormGoesToTheLatest() {
        List<Person> people = PersonClusterer.cluster(List.of(m(null, "Akhtar Mansour"), m(null, "Mansour Dadullah"),
                m(null, "Mansour")));
        assertThat(people).hasSize(2);
        Person dadullah = people.stream().filter(p -> p.name().contains("Dadullah")).findFirst().orElseThrow();
        assertThat(dadullah.mentions).extracting(PersonMention::surface).contains("Mansour");
    }

    @Test
    void aMisspeltTitleJoinsAndTheCorrectSpellingNamesThePerson() {
        List<Person> people = PersonClusterer.cluster(List.of(m("Mullah", true, "Mallah", "Dadullah"),
                m("Mullah", "Dadullah"), m(null, "Dadullah")));
        assertThat(people).hasSize(1);
        assertThat(people.get(0).name()).isEqualTo("Mullah Dadullah");
    }

    @Test
    void transliterationVariantsAndTheArabicArticleStillMatch() {
        List<Person> people = PersonClusterer.cluster(List.of(m(null, "Abu Mohammad al-Jolani"),
                m(null, "Abu Mohammed al-Golani"), m(null, "Jolani"), m(null, "Abu Bakr al-Baghdadi"), m(null, "Baghdadi")));
        assertThat(people).hasSize(2);
        assertThat(people).extracting(p -> p.mentions.size()).containsExactlyInAnyOrder(3, 2);
    }

    @Test
    void singleNamesOneLetterApartAreDifferentPeople() {
        assertThat(PersonClusterer.cluster(List.of(m(null, "Omar"), m(null, "Amar")))).hasSize(2);
    }

    @Test
    void aShortFormBeforeTheFullNameIsUpgraded() {
        List<Person> people = PersonClusterer.cluster(List.of(m(null, "Abiy"), m(null, "Abiy Ahmed")));
        assertThat(people).hasSize(1);
        assertThat(people.get(0).core).containsExactly("Abiy", "Ahmed");
        assertThat(people.get(0).name()).isEqualTo("Abiy Ahmed");
    }
}
