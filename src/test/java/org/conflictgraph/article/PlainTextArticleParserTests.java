package org.conflictgraph.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextArticleParserTests {

    private final PlainTextArticleParser parser = new PlainTextArticleParser();

    @Test
    void repeatedTitleGluedDateBylineAndOutletFormTheHeader() {
        String dump = """
                Rebels Seize Border Town: Is the Ceasefire Over?
                Rebels Seize Border Town: Is the Ceasefire Over?
                11 Mar 201908:15 AM
                REBELS SEIZE BORDER TOWN: IS THE CEASEFIRE OVER?

                By Jane Q. Doe

                The Evening Courier

                GOMA, Congo — Rebels took control of the border town on Sunday, residents said.
                \u00a0

                Advertisement

                The army said it was regrouping.
                Story continues below advertisement
                (Reporting by John Roe; Editing by Sam Poe)
                """;
        ParsedParts parts = parser.parse(dump);
        assertThat(parts.title()).isEqualTo("Rebels Seize Border Town: Is the Ceasefire Over?");
        assertThat(parts.published()).isEqualTo("2019-03-11T08:15:00");
        assertThat(parts.author()).isEqualTo("Jane Q. Doe");
        assertThat(parts.outlet()).isEqualTo("The Evening Courier");
        assertThat(parts.paragraphs()).containsExactly(
                "GOMA, Congo — Rebels took control of the border town on Sunday, residents said.",
                "The army said it was regrouping.");
    }

    @Test
    void shoutedTitleGivesWayToNormalCaseAndBylineNamesTheOutlet() {
        String dump = """
                NEWS  >  ASIA
                FLOODS CUT OFF VALLEY AS ARMY STEPS IN
                Floods cut off valley as army steps in
                By Ana Lima | Harbour Times
                Last updated: 07/04/2022 6:02 p.m. PT
                Share this article\tFacebook\tTwitter\tEmail
                PHOTO: Soldiers wade through water. (Harbour Times)

                KARACHI, Pakistan — Floods cut off the valley on Monday.
                RELATED: Earlier floods displaced thousands
                Share this article
                Facebook | Twitter | Email
                Copyright 2022 Harbour Times. All rights reserved.
                """;
        ParsedParts parts = parser.parse(dump);
        assertThat(parts.title()).isEqualTo("Floods cut off valley as army steps in");
        assertThat(parts.author()).isEqualTo("Ana Lima");
        assertThat(parts.outlet()).isEqualTo("Harbour Times");
        assertThat(parts.published()).isEqualTo("2022-07-04T18:02:00-07:00");
        assertThat(parts.paragraphs()).containsExactly("KARACHI, Pakistan — Floods cut off the valley on Monday.");
    }

    @Test
    void wireDatelineNamesTheOutletAndTheReporterTrailerTheAuthor() {
        String dump = """
                Shelling resumes near the airport
                JUNE 2, 2020 / 6:10 AM / UPDATED AN HOUR AGO
                3 Min Read

                TRIPOLI (Newsline) - Shelling resumed near the airport on Tuesday, witnesses said.

                The government blamed rival forces.

                (Reporting by Omar Said in Tripoli)
                Additional reporting by Lea Marc in Cairo; Editing by Tom Brown
                """;
        ParsedParts parts = parser.parse(dump);
        assertThat(parts.outlet()).isEqualTo("Newsline");
        assertThat(parts.author()).isEqualTo("Omar Said");
        assertThat(parts.published()).startsWith("2020-06-02");
        assertThat(parts.paragraphs()).hasSize(2).allMatch(p -> !p.contains("Reporting"));
    }

    @Test
    void aMissingSeparatorStillSplitsParagraphsWhileWrappedLinesAreJoined() {
        String body = """
                Headline of a story here

                The first paragraph ends here with a full stop and is long enough to be a paragraph of its own.
                The second paragraph follows on the next line without a separator line.

                A hard-wrapped paragraph
                continues on this line.
                """;
        ParsedParts parts = parser.parse(body);
        assertThat(parts.paragraphs()).containsExactly(
                "The first paragraph ends here with a full stop and is long enough to be a paragraph of its own.",
                "The second paragraph follows on the next line without a separator line.",
                "A hard-wrapped paragraph continues on this line.");
    }

    @Test
    void textWithoutHeaderIsAllBody() {
        String body = "Fighting broke out in the north on Friday, killing at least twelve people, officials said, "
                + "as talks stalled for a third week and both sides blamed each other for the collapse of the truce.";
        ParsedParts parts = parser.parse(body);
        assertThat(parts.title()).isNull();
        assertThat(parts.paragraphs()).containsExactly(body);
    }

    @Test
    void anOutletOnTheFirstLineAndAStandfirstBeforeTheBylineStillGiveTheHeader() {
        String dump = """
                The Valley Gazette
                Militia leader killed in ambush, officials say
                The killing is likely to deepen a feud between rival armed groups in the region
                Amal Haddad for The Valley Gazette
                Monday 3 June 2019 07:15 BST

                KIRKUK, Iraq, June 3 (VG) - A militia leader was killed in an ambush on Sunday, officials said.
                """;
        ParsedParts parts = parser.parse(dump);
        assertThat(parts.title()).isEqualTo("Militia leader killed in ambush, officials say");
        assertThat(parts.outlet()).isEqualTo("The Valley Gazette");
        assertThat(parts.author()).isEqualTo("Amal Haddad");
        assertThat(parts.published()).isEqualTo("2019-06-03T07:15:00+01:00");
        assertThat(parts.paragraphs()).last().asString().startsWith("KIRKUK, Iraq, June 3 (VG)");
    }

    @Test
    void aSentenceStartingWithByIsNoByline() {
        assertThat(BylineParser.parse("By Monday, rebels held the town")).isEmpty();
        assertThat(BylineParser.parse("By John Smith, Reuters")).hasValueSatisfying(b -> {
            assertThat(b.author()).isEqualTo("John Smith");
            assertThat(b.outlet()).isEqualTo("Reuters");
        });
        assertThat(BylineParser.datelineOutlet("KABUL, Afghanistan, Dec 5 (Reuters) - Taliban fighters")).contains("Reuters");
    }

    @Test
    void agencyBylinesAndCorrespondentLinesNameTheAuthor() {
        assertThat(BylineParser.parse("By JANE DOE Associated Press")).hasValueSatisfying(b -> {
            assertThat(b.author()).isEqualTo("JANE DOE");
            assertThat(b.outlet()).isEqualTo("Associated Press");
        });
        String dump = """
                Talks collapse as shelling resumes
                Both sides blame each other for the breakdown, which came after a week of delays
                Jane Doe and Omar Said in Kabul
                Mon 7 Dec 2015 09.10 GMT

                Talks between the two sides collapsed on Sunday, officials said.
                """;
        ParsedParts parts = parser.parse(dump);
        assertThat(parts.author()).isEqualTo("Jane Doe and Omar Said");
        assertThat(parts.published()).isEqualTo("2015-12-07T09:10:00Z");
        assertThat(parts.paragraphs()).containsExactly(
                "Both sides blame each other for the breakdown, which came after a week of delays",
                "Talks between the two sides collapsed on Sunday, officials said.");
    }
}
