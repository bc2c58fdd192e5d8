package org.conflictgraph.extraction.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.conflictgraph.extraction.internal.lexicon.FactionLexicon.FactionEntry;
import org.junit.jupiter.api.Test;

class FactionLexiconTests {

    private final FactionLexicon lexicon = FactionLexicon.shared();

    private String nameOf(String surface) {
        return lexicon.lookup(surface).map(FactionEntry::name).orElse(null);
    }

    @Test
    void islamicStateVariants() {
        for (String s : new String[] {"ISIS", "ISIL", "IS", "Daesh", "Islamic State", "the Islamic State group"}) {
            assertThat(nameOf(s)).as(s).isEqualTo("Islamic State");
        }
        assertThat(nameOf("ISWAP")).isEqualTo("Islamic State West Africa Province");
        assertThat(nameOf("Islamic State West Africa Province")).isEqualTo("Islamic State West Africa Province");
        for (String s : new String[] {"ISIS-K", "ISKP", "Islamic State Khorasan", "Wilayat Khurasan"}) {
            assertThat(nameOf(s)).as(s).isEqualTo("Islamic State Khorasan Province");
        }
    }

    @Test
    void transliterationArticleAndSpacingVariants() {
        for (String s : new String[] {"al-Shabaab", "al-Shabab", "Shabaab", "Al Shabaab", "al Shabab",
                "Harakat al-Shabaab al-Mujahideen", "AL-SHABAAB"}) {
            assertThat(nameOf(s)).as(s).isEqualTo("al-Shabaab");
        }
        assertThat(nameOf("Hizbollah")).isEqualTo("Hezbollah");
        assertThat(nameOf("Hezbollah's")).isEqualTo("Hezbollah");
        assertThat(nameOf("Jabhat Nusra")).isEqualTo("Hayat Tahrir al-Sham");
        assertThat(nameOf("Nusra Front")).isEqualTo("Hayat Tahrir al-Sham");
        assertThat(nameOf("Tehrik-e-Taliban Pakistan")).isEqualTo("Tehrik-i-Taliban Pakistan");
        assertThat(nameOf("Ansaroul Islam")).isEqualTo("Ansarul Islam");
    }

    @Test
    void acronymsAndPlurals() {
        assertThat(nameOf("JNIM")).isEqualTo(nameOf("Group to Support Islam and Muslims"));
        assertThat(nameOf("GSIM")).isEqualTo(nameOf("JNIM"));
        assertThat(nameOf("Houthi")).isEqualTo("Houthis");
        assertThat(nameOf("Ansar Allah")).isEqualTo("Houthis");
        assertThat(nameOf("TTP")).isEqualTo("Tehrik-i-Taliban Pakistan");
        assertThat(lexicon.lookup("Boko Haram")).map(FactionEntry::country).contains("Nigeria");
        assertThat(lexicon.lookup("NATO")).map(FactionEntry::kind).contains("INTERNATIONAL_ORG");
        assertThat(lexicon.lookup("Nato")).map(FactionEntry::kind).contains("INTERNATIONAL_ORG");
        assertThat(lexicon.lookup("Reuters")).map(FactionEntry::kind).contains("MEDIA");
        assertThat(lexicon.lookup("Kremlin")).map(FactionEntry::kind).contains("GOVERNMENT");
        assertThat(lexicon.lookup("the Pentagon")).map(FactionEntry::country).contains("United States");
        assertThat(lexicon.lookup("Wagner")).map(FactionEntry::name).contains("Wagner Group");
    }

    @Test
    void shortAcronymsNeedCapitals() {
        assertThat(lexicon.lookup("is")).isEmpty();
        assertThat(lexicon.lookup("who")).isEmpty();
        assertThat(lexicon.lookup("ap")).isEmpty();
        assertThat(lexicon.lookup("WHO")).map(FactionEntry::name).contains("World Health Organization");
        assertThat(lexicon.lookup("the U.N.")).map(FactionEntry::name).contains("United Nations");
        assertThat(lexicon.lookup("the UN's")).map(FactionEntry::name).contains("United Nations");
    }

    @Test
    void outletsNamedByACommonWordNeedTheirArticle() {
        assertThat(lexicon.lookup("The National")).map(FactionEntry::kind).contains("MEDIA");
        assertThat(lexicon.lookup("national")).isEmpty();
        assertThat(lexicon.lookup("Independent")).isEmpty();
        assertThat(lexicon.lookup("The Independent")).map(FactionEntry::kind).contains("MEDIA");
        assertThat(lexicon.lookup("news")).isEmpty();
    }

    @Test
    void unknownWordsAreNoGroups() {
        assertThat(lexicon.lookup("Blorfian Liberation Army")).isEmpty();
        assertThat(lexicon.lookup("")).isEmpty();
        assertThat(lexicon.lookup("fighters")).isEmpty();
        assertThat(lexicon.lookup("the")).isEmpty();
        assertThat(lexicon.lookup("Army")).isEmpty();
        assertThat(lexicon.lookup("settlers")).isEmpty();
    }

    @Test
    void lexiconIsLargeValidAndCountriesAreGazetteerCountries() {
        assertThat(lexicon.all()).hasSizeGreaterThan(200);
        Gazetteer gazetteer = Gazetteer.shared();
        assertThat(lexicon.all()).allSatisfy(e -> {
            assertThat(FactionLexicon.KINDS).contains(e.kind());
            if (e.country() != null) {
                assertThat(gazetteer.place(e.country()).map(p -> p.name()))
                        .as("country of %s", e.name()).contains(e.country());
            }
        });
    }

    @Test
    void everyNameResolvesToItsOwnEntryUnlessAnEarlierEntryClaimsIt() {
        Map<String, String> owners = new HashMap<>();
        for (FactionEntry e : lexicon.all()) {
            assertThat(lexicon.lookup(e.name())).as("own name %s", e.name()).isPresent();
            owners.putIfAbsent(e.name(), nameOf(e.name()));
        }
        // Canonical names must not be shadowed by another entry's alias.
        assertThat(owners.entrySet()).filteredOn(o -> !o.getKey().equals(o.getValue()))
                .as("canonical names claimed by another entry").isEmpty();
    }
}
