package org.conflictgraph.extraction.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.conflictgraph.extraction.internal.lexicon.Gazetteer.PlaceEntry;
import org.junit.jupiter.api.Test;

class GazetteerTests {

    private final Gazetteer gazetteer = Gazetteer.shared();

    @Test
    void findsCountriesByNameExonymAndShortForm() {
        assertThat(gazetteer.place("Afghanistan")).map(PlaceEntry::kind).contains("COUNTRY");
        assertThat(gazetteer.place("U.S.")).map(PlaceEntry::name).contains("United States");
        assertThat(gazetteer.place("America")).map(PlaceEntry::name).contains("United States");
        assertThat(gazetteer.place("UK")).map(PlaceEntry::name).contains("United Kingdom");
        assertThat(gazetteer.place("Britain")).map(PlaceEntry::name).contains("United Kingdom");
        assertThat(gazetteer.place("DRC")).map(PlaceEntry::name).contains("Democratic Republic of the Congo");
        assertThat(gazetteer.place("Côte d'Ivoire")).map(PlaceEntry::name).contains("Ivory Coast");
        assertThat(gazetteer.place("Russian Federation")).map(PlaceEntry::countryCode).contains("RU");
        assertThat(gazetteer.place("Syria")).map(PlaceEntry::in).isEmpty();
    }

    @Test
    void acronymsNeedCapitals() {
        assertThat(gazetteer.place("us")).isEmpty();
        assertThat(gazetteer.place("US")).map(PlaceEntry::name).contains("United States");
        assertThat(gazetteer.place("the U.S.")).map(PlaceEntry::name).contains("United States");
    }

    @Test
    void findsProvincesAndCitiesWithTheirEnclosingPlace() {
        PlaceEntry nangarhar = gazetteer.place("Nangarhar province").orElseThrow();
        assertThat(nangarhar.kind()).isEqualTo("PROVINCE");
        assertThat(nangarhar.in()).isEqualTo("Afghanistan");
        assertThat(nangarhar.countryCode()).isEqualTo("AF");

        PlaceEntry jalalabad = gazetteer.place("Jalalabad").orElseThrow();
        assertThat(jalalabad.kind()).isEqualTo("CITY");
        assertThat(jalalabad.countryCode()).isEqualTo("AF");
        assertThat(jalalabad.in()).isEqualTo("Nangarhar");
        assertThat(jalalabad.population()).isGreaterThan(100_000);

        assertThat(gazetteer.place("Maiduguri")).map(PlaceEntry::in).contains("Borno");
        assertThat(gazetteer.place("Mogadishu")).map(PlaceEntry::countryCode).contains("SO");
    }

    @Test
    void foldsDiacriticsApostrophesHyphensAndCase() {
        assertThat(gazetteer.place("MENAKA")).map(PlaceEntry::countryCode).contains("ML");
        assertThat(gazetteer.place("Lashkargah")).map(PlaceEntry::countryCode).contains("AF");
        assertThat(gazetteer.place("Sana'a")).map(PlaceEntry::countryCode).contains("YE");
        assertThat(gazetteer.place("Sanaa")).map(PlaceEntry::countryCode).contains("YE");
        assertThat(gazetteer.place("Afghanistan's")).map(PlaceEntry::name).contains("Afghanistan");
        assertThat(gazetteer.countryOfDemonym("Syria’s")).contains("Syria");
    }

    @Test
    void transliterationVariantsMeetAndNamesAreNewsSpellings() {
        assertThat(gazetteer.place("Hudaydah")).map(PlaceEntry::name).contains("Hodeidah");
        assertThat(gazetteer.place("Deir al-Zour")).map(PlaceEntry::name).contains("Deir ez-Zor");
        assertThat(gazetteer.place("Avdiyivka")).map(PlaceEntry::name).contains("Avdiivka");
        assertThat(gazetteer.place("Kobane")).map(PlaceEntry::countryCode).contains("SY");
        assertThat(gazetteer.place("Herat")).map(PlaceEntry::name).contains("Herat");
        assertThat(gazetteer.places("Herat")).extracting(PlaceEntry::name).doesNotContain("Herāt");
        assertThat(gazetteer.place("Al-Fashir")).map(PlaceEntry::in).contains("North Darfur");
    }

    @Test
    void fuzzyMatchingLeavesCommonWordsAlone() {
        assertThat(gazetteer.place("Monday")).isEmpty();
        assertThat(gazetteer.place("January")).isEmpty();
    }

    @Test
    void kindWordsAreStrippedAndPreferred() {
        PlaceEntry kot = gazetteer.place("Kot district").orElseThrow();
        assertThat(kot.kind()).isEqualTo("DISTRICT");
        assertThat(kot.in()).isEqualTo("Nangarhar");
        assertThat(gazetteer.place("Donetsk Oblast")).map(PlaceEntry::kind).contains("PROVINCE");
        assertThat(gazetteer.place("city of Donetsk")).map(PlaceEntry::kind).contains("CITY");
    }

    @Test
    void ambiguityPrefersCountryThenProvinceThenBiggerCity() {
        // Georgia the country before Georgia the U.S. state; Kandahar the province before the city.
        assertThat(gazetteer.place("Georgia")).map(PlaceEntry::kind).contains("COUNTRY");
        assertThat(gazetteer.place("Kandahar")).map(PlaceEntry::kind).contains("PROVINCE");
        assertThat(gazetteer.places("Kandahar")).extracting(PlaceEntry::kind).contains("CITY");
        // Tripoli, Libya (capital) before Tripoli, Lebanon.
        assertThat(gazetteer.place("Tripoli")).map(PlaceEntry::countryCode).contains("LY");
        // A national capital goes before a province of its name, and curated regions before homonyms abroad.
        assertThat(gazetteer.place("Kabul")).map(PlaceEntry::kind).contains("CITY");
        assertThat(gazetteer.place("Washington")).map(PlaceEntry::countryCode).contains("US");
        assertThat(gazetteer.place("Washington")).map(PlaceEntry::kind).contains("CITY");
        assertThat(gazetteer.place("Gaza")).map(PlaceEntry::name).contains("Gaza Strip");
        assertThat(gazetteer.place("Kyiv")).map(PlaceEntry::kind).contains("CITY");
        assertThat(gazetteer.place("Kyiv region")).map(PlaceEntry::name).contains("Kyiv Oblast");
    }

    @Test
    void curatedRegionsAndFeatures() {
        assertThat(gazetteer.place("the Sahel")).map(PlaceEntry::kind).contains("REGION");
        assertThat(gazetteer.place("Gaza Strip")).map(PlaceEntry::countryCode).contains("PS");
        assertThat(gazetteer.place("Donbass")).map(PlaceEntry::name).contains("Donbas");
    }

    @Test
    void demonymsNameCountriesButEthnicGroupsDoNot() {
        assertThat(gazetteer.countryOfDemonym("Afghan")).contains("Afghanistan");
        assertThat(gazetteer.countryOfDemonym("Nigerians")).contains("Nigeria");
        assertThat(gazetteer.countryOfDemonym("U.S.")).contains("United States");
        assertThat(gazetteer.countryOfDemonym("American")).contains("United States");
        assertThat(gazetteer.countryOfDemonym("Saudi")).contains("Saudi Arabia");
        assertThat(gazetteer.countryOfDemonym("Burkinabè")).contains("Burkina Faso");
        assertThat(gazetteer.countryOfDemonym("Kurdish")).isEmpty();
        assertThat(gazetteer.isEthnicDemonym("Pashtun")).isTrue();
        assertThat(gazetteer.isEthnicDemonym("Afghan")).isFalse();
    }

    @Test
    void everyPopulousCountryHasADemonym() {
        assertThat(gazetteer.countries()).hasSizeGreaterThan(240)
                .filteredOn(c -> c.population() > 1_000_000)
                .hasSizeGreaterThan(100)
                .allSatisfy(c -> assertThat(gazetteer.demonymsOf(c.name())).as("demonyms of %s", c.name()).isNotEmpty());
        assertThat(gazetteer.demonymsOf("Afghanistan")).contains("Afghan", "Afghans");
    }

    @Test
    void capitalsAsMetonyms() {
        assertThat(gazetteer.countryOfCapital("Kabul")).contains("Afghanistan");
        assertThat(gazetteer.countryOfCapital("Washington")).contains("United States");
        assertThat(gazetteer.countryOfCapital("Moscow")).contains("Russia");
        assertThat(gazetteer.countryOfCapital("Tehran")).contains("Iran");
        assertThat(gazetteer.countryOfCapital("Damascus")).contains("Syria");
        assertThat(gazetteer.countryOfCapital("Kiev")).contains("Ukraine");
        assertThat(gazetteer.countryOfCapital("Kandahar")).isEmpty();
    }

    @Test
    void unknownWordsAreNoPlaces() {
        assertThat(gazetteer.place("Xyzzyqwv")).isEmpty();
        assertThat(gazetteer.place("")).isEmpty();
        assertThat(gazetteer.place("district")).isEmpty();
        assertThat(gazetteer.countryOfDemonym("Blorgish")).isEmpty();
        assertThat(gazetteer.countryOfCapital("Springfieldia")).isEmpty();
    }
}
