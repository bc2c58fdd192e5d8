package org.conflictgraph.graph.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.conflictgraph.graph.EntityKind;
import org.junit.jupiter.api.Test;

class NameKeysTests {

    @Test
    void normIsTheScorersNorm() {
        assertThat(NameKeys.norm("al-Qaeda")).isEqualTo("al qaeda");
        assertThat(NameKeys.norm("The Taliban")).isEqualTo("taliban");
        assertThat(NameKeys.norm("Jama’at Nusrat al-Islam wal-Muslimin")).isEqualTo("jamaat nusrat al islam wal muslimin");
        assertThat(NameKeys.norm("U.S.")).isEqualTo("us");
        assertThat(NameKeys.norm("Yaya Sangaré")).isEqualTo("yaya sangare");
        assertThat(NameKeys.norm("Øresund Straße Æthel")).isEqualTo("oresund strasse aethel");
        assertThat(NameKeys.norm("Ahmet Üzümcü")).isEqualTo("ahmet uzumcu");
        assertThat(NameKeys.norm("the  Observatory ")).isEqualTo("observatory");
        assertThat(NameKeys.norm("Rasool‘s ʻfaction`")).isEqualTo("rasools faction");
        assertThat(NameKeys.norm(null)).isEmpty();
    }

    @Test
    void transliterationVariantsShareAKey() {
        assertSameKey(EntityKind.ACTOR, "Mansour", "Mansoor");
        assertSameKey(EntityKind.ACTOR, "Sergei Lavrov", "Sergey Lavrov");
        assertSameKey(EntityKind.ACTOR, "Mullah Mohamed Rasool", "Mohamed Rasul");
        assertSameKey(EntityKind.ACTOR, "Sheikh Abdul Rahman", "Abdulrahman");
        assertSameKey(EntityKind.FACTION, "al-Shabaab", "Al Shabab");
        assertSameKey(EntityKind.FACTION, "al-Shabaab", "Shabaab");
        assertSameKey(EntityKind.FACTION, "al-Qaeda", "al-Qaida");
        assertSameKey(EntityKind.FACTION, "al Qaeda", "Al-Qaeda");
        assertSameKey(EntityKind.FACTION, "Ansarul Islam", "Ansaroul Islam");
        assertSameKey(EntityKind.FACTION, "Khorasan", "Qorasan");
        assertSameKey(EntityKind.PLACE, "Boulkessy", "Boulkessi");
    }

    @Test
    void partsAndFormsOfAGroupKeepItsKey() {
        assertThat(NameKeys.keys(EntityKind.FACTION, "al-Qaeda general command"))
                .contains(NameKeys.key(EntityKind.FACTION, "al-Qaeda"));
        assertThat(NameKeys.keys(EntityKind.FACTION, "Taliban group")).contains(NameKeys.key(EntityKind.FACTION, "Taliban"));
        assertShared(EntityKind.FACTION, "Houthis", "Houthi rebels");
        assertShared(EntityKind.FACTION, "G5 Sahel joint force", "G5 Sahel command");
    }

    @Test
    void acronymsMeetTheirLongForms() {
        assertShared(EntityKind.FACTION, "ISIS", "ISIL");
        assertShared(EntityKind.FACTION, "Daesh", "Islamic State of Iraq and the Levant");
        assertShared(EntityKind.FACTION, "ISWAP", "Islamic State West Africa Province");
        assertShared(EntityKind.FACTION, "JNIM", "Group to Support Islam and Muslims");
        Set<String> longForm = NameKeys.keys(EntityKind.FACTION, "Tigray People's Liberation Front");
        Set<String> acronym = NameKeys.keys(EntityKind.FACTION, "TPLF");
        assertThat(NameKeys.lookupKeys(acronym)).containsAnyElementsOf(longForm);
        // initials of an unknown long form meet its acronym, but two long forms never meet by initials
        assertThat(NameKeys.lookupKeys(NameKeys.keys(EntityKind.FACTION, "Movement for Oneness and Jihad")))
                .contains(NameKeys.ACRONYM + "moj");
        assertThat(NameKeys.lookupKeys(NameKeys.keys(EntityKind.FACTION, "Movement for Oneness and Jihad")))
                .doesNotContainAnyElementsOf(NameKeys.keys(EntityKind.FACTION, "Mothers of Jerusalem"));
    }

    @Test
    void aStateIsItsNameCapitalSeatAndGovernmentButNotItsForces() {
        assertShared(EntityKind.FACTION, "Russia", "Moscow");
        assertShared(EntityKind.FACTION, "Russia", "Kremlin");
        assertShared(EntityKind.FACTION, "Russian government", "Russia");
        assertShared(EntityKind.FACTION, "U.S. government", "Washington");
        assertShared(EntityKind.FACTION, "US", "United States");
        assertShared(EntityKind.FACTION, "Iranian government", "Tehran");
        assertShared(EntityKind.FACTION, "Russian military", "Russian forces");
        assertShared(EntityKind.FACTION, "Russian troops", "Russian forces");
        assertShared(EntityKind.FACTION, "Malian armed forces", "FAMa");
        assertShared(EntityKind.FACTION, "Malian army", "FAMa");
        assertShared(EntityKind.FACTION, "Israel Defense Forces", "Israeli military");
        assertThat(NameKeys.keys(EntityKind.FACTION, "Russian forces"))
                .doesNotContainAnyElementsOf(NameKeys.keys(EntityKind.FACTION, "Russia"));
        assertThat(NameKeys.keys(EntityKind.FACTION, "Syrian government forces"))
                .doesNotContainAnyElementsOf(NameKeys.keys(EntityKind.FACTION, "Syrian government"));
    }

    @Test
    void genericNamesGiveNoKeyOfTheirOwn() {
        assertThat(NameKeys.keys(EntityKind.FACTION, "government")).isEmpty();
        assertThat(NameKeys.keys(EntityKind.FACTION, "the security forces")).isEmpty();
        assertThat(NameKeys.keys(EntityKind.FACTION, "police")).isEmpty();
        assertThat(NameKeys.isGeneric("Somali police")).isFalse();
    }

    @Test
    void titlesAndArticlesAreNotPartOfAPersonsName() {
        assertThat(NameKeys.personTokens("Mullah Akhtar Mohammad Mansoor")).containsExactly("aktar", "muhamad", "mansur");
        assertThat(NameKeys.personTokens("General John Campbell")).containsExactly("juhn", "campbil");
        assertThat(NameKeys.personTokens("Bashar al-Assad")).containsExactly("bashar", "asad");
        assertThat(NameKeys.personTokens("Rear Admiral Daniel Hagari")).containsExactly("danil", "hagari");
        assertThat(NameKeys.personTokens("President")).containsExactly("prisidint"); // a lone title stays a name
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        List<String[]> pairs = List.of(new String[] {"Hussein", "Hassan"}, new String[] {"Akhtar Mansour",
                "Mansour Dadullah"}, new String[] {"Omar", "Amir"}, new String[] {"Mali", "Malawi"});
        for (String[] p : pairs) {
            assertThat(NameKeys.key(EntityKind.ACTOR, p[0])).as("%s vs %s", p[0], p[1])
                    .isNotEqualTo(NameKeys.key(EntityKind.ACTOR, p[1]));
        }
        assertThat(NameKeys.keys(EntityKind.FACTION, "Free Syrian Army"))
                .doesNotContainAnyElementsOf(NameKeys.keys(EntityKind.FACTION, "Syrian Arab Army"));
    }

    private static void assertSameKey(EntityKind kind, String a, String b) {
        assertThat(NameKeys.key(kind, a)).as("%s vs %s", a, b).isNotEmpty().isEqualTo(NameKeys.key(kind, b));
    }

    private static void assertShared(EntityKind kind, String a, String b) {
        assertThat(NameKeys.lookupKeys(NameKeys.keys(kind, a))).as("%s vs %s", a, b)
                .containsAnyElementsOf(NameKeys.keys(kind, b));
    }
}
