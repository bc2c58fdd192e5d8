package org.conflictgraph.extraction.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.pipeline.Annotation;
import org.conflictgraph.extraction.ArticleExtraction.ArticleMeta;
import org.conflictgraph.extraction.ArticleExtraction.Claim;
import org.conflictgraph.extraction.ArticleExtraction.Event;
import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.extraction.internal.nlp.CoreNlp;
import org.conflictgraph.extraction.internal.nlp.Entities;
import org.junit.jupiter.api.Test;

/**
 * Events and claims on short invented articles, run through the real CoreNLP pipeline. Entities come from
 * CoreNLP's own NER ({@link NerFallbackEntities}), so these tests do not depend on entity extraction.
 */
class EventExtractorTests {

    private static final String OUTLET = "The Test Gazette";

    private static EventExtractor.Result extract(String published, String title, String text) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = 0;
        for (String p : text.split("\n\n", -1)) {
            paragraphs.add(new int[] {start, start + p.length()});
            start += p.length() + 2;
        }
        ArticleMeta meta = new ArticleMeta("test.txt", title, OUTLET, "A. Writer", published, null,
                title != null && title.strip().endsWith("?"));
        Annotation doc = CoreNlp.annotate(text, published);
        Entities none = new Entities(List.of(), List.of(), List.of(), List.of(), List.of());
        return new EventExtractor().extract(doc, new ArticleText(text, paragraphs, meta), none);
    }

    private static Claim claimOf(Event e, String source) {
        return e.claims().stream().filter(c -> c.source().equals(source)).findFirst().orElse(null);
    }

    @Test
    void reportedKillingWithToll_dateAndOfficialSource() {
        var r = extract("2020-03-11", "Attack in Kabul",
                "Taliban fighters killed at least 13 soldiers in Kabul on Monday, Afghan officials said.");
        assertThat(r.events()).hasSize(1);
        Event e = r.events().get(0);
        assertThat(e.id()).isEqualTo("e1");
        assertThat(e.type()).isIn("KILLING", "ATTACK");
        assertThat(e.place()).isEqualTo("Kabul");
        assertThat(e.date()).isEqualTo("2020-03-09");
        assertThat(e.fatalities().low()).isEqualTo(13);
        assertThat(e.fatalities().high()).isEqualTo(13);
        Claim c = claimOf(e, "Afghan officials");
        assertThat(c).isNotNull();
        assertThat(c.stance()).isEqualTo("ASSERTS");
        assertThat(r.sources()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("Afghan officials");
            assertThat(s.kind()).isEqualTo("OFFICIAL");
            assertThat(s.speaksFor()).isEqualTo("Afghan government");
        });
        assertThat(e.status()).isEqualTo("REPORTED");
    }

    @Test
    void cueAndSentenceOffsetsPointIntoTheText() {
        String text = "A car bomb exploded outside a hotel in Mogadishu on Saturday, police said.";
        var r = extract("2017-10-17", "Blast", text);
        assertThat(r.events()).isNotEmpty();
        for (Claim c : r.events().get(0).claims()) {
            assertThat(text.substring(c.cueStart(), c.cueEnd())).isEqualTo(c.cue());
            assertThat(text.substring(c.sentenceStart(), c.sentenceEnd())).isEqualTo(c.sentence());
        }
    }

    @Test
    void denialOfInvolvementDisputesTheEvent() {
        var r = extract("2019-09-15", "Strike",
                "Drones struck an oil plant in Abqaiq on Saturday.\n\nIran denied any involvement in the attack.");
        assertThat(r.events()).hasSize(1);
        Event e = r.events().get(0);
        assertThat(e.claims()).anySatisfy(c -> {
            assertThat(c.source()).isEqualTo("Iran");
            assertThat(c.stance()).isEqualTo("DENIES");
        });
        assertThat(e.status()).isEqualTo("DISPUTED");
    }

    @Test
    void hedgeWordsAndVerificationCaveatsMakeItUnconfirmed() {
        var r = extract("2018-04-09", "Shelling",
                "Government forces reportedly shelled Douma on Friday. The toll could not be independently verified.");
        assertThat(r.events()).hasSize(1);
        Event e = r.events().get(0);
        Claim outlet = e.claims().stream().filter(c -> c.source().equals(OUTLET) && c.stance().equals("HEDGES"))
                .findFirst().orElseThrow();
        assertThat(outlet.cue()).isIn("reportedly", "could not be independently verified");
        assertThat(e.status()).isEqualTo("UNCONFIRMED");
    }

    @Test
    void accordingToNamesTheSource() {
        var r = extract("2016-05-02", "Aleppo",
                "At least 20 people were killed in an air strike on Aleppo, according to the Syrian Observatory for Human Rights.");
        assertThat(r.events()).hasSize(1);
        Event e = r.events().get(0);
        assertThat(e.claims()).anySatisfy(c -> assertThat(c.source()).contains("Syrian Observatory"));
        assertThat(e.fatalities().low()).isEqualTo(20);
    }

    @Test
    void quoteIsAttributedToTheSpeakerOfTheNextSentence() {
        var r = extract("2021-03-26", "Axum",
                "Ahmed Khan, a farmer from Kabul, described the scene to reporters.\n\n"
                        + "\u201cSoldiers massacred civilians in Kabul. We buried them ourselves,\u201d he said.");
        assertThat(r.events()).isNotEmpty();
        assertThat(r.events().get(0).claims()).extracting(Claim::source).contains("Ahmed Khan").doesNotContain(OUTLET);
    }

    @Test
    void questionHeadlineIsTheOutletHedging() {
        var r = extract("2015-12-05", "Has ISIS Killed the Taliban Leader?",
                "Reports emerged this week that Mullah Mansour was killed in Kandahar.");
        assertThat(r.events()).isNotEmpty();
        Event e = r.events().get(0);
        assertThat(e.claims()).anySatisfy(c -> {
            assertThat(c.source()).isEqualTo(OUTLET);
            assertThat(c.stance()).isEqualTo("HEDGES");
            assertThat(c.cue()).isEqualTo("Has ISIS Killed the Taliban Leader?");
        });
        assertThat(e.claims()).anySatisfy(c -> {
            assertThat(c.source()).isEqualTo("unnamed reports");
            assertThat(c.stance()).isEqualTo("HEDGES");
        });
        assertThat(e.date()).isEqualTo("2015-12");
    }

    @Test
    void tollRangesAndVagueCounts() {
        var r = extract("2023-10-20", "Blast",
                "Between 10 and 50 people were killed in the explosion at a hospital in Gaza, officials said.");
        assertThat(r.events()).hasSize(1);
        assertThat(r.events().get(0).fatalities().low()).isEqualTo(10);
        assertThat(r.events().get(0).fatalities().high()).isEqualTo(50);
        var more = extract("2014-03-03", "Fighting",
                "Fighting between ISIS and Nusra in Syria has killed more than 3,000 people since January.");
        assertThat(more.events()).isNotEmpty();
        assertThat(more.events().get(0).fatalities().low()).isEqualTo(3000);
        // the wounded and the missing are no deaths
        var wounded = extract("2024-05-26", "Strike",
                "A missile strike hit a market in Kharkiv on Saturday, killing at least 14 people and wounding 43, "
                        + "the governor said. About 60 people are missing.");
        assertThat(wounded.events()).isNotEmpty();
        assertThat(wounded.events().get(0).fatalities().low()).isEqualTo(14);
        assertThat(wounded.events().get(0).fatalities().high()).isEqualTo(14);
    }

    @Test
    void badInputGivesPartialResultsNeverAnException() {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            names.append("Ahmed Khan, ");
        }
        String text = "Kabul. Kandahar. Herat.\n\n\u201cThey attacked Herat and never stopped\n\n" + names
                + "and Bashir.\n\n---\n\n42";
        assertThatCode(() -> extract("2020-01-01", "Lists", text)).doesNotThrowAnyException();
        assertThatCode(() -> extract(null, null, "Gunmen attacked.")).doesNotThrowAnyException();
    }

    @Test
    void pluralSourceGivesEachBodyItsOwnClaim() {
        var r = extract("2021-03-26", "Rights groups",
                "Amnesty International said soldiers had killed civilians in Axum.\n\n"
                        + "Human Rights Watch said the killings lasted two days.\n\n"
                        + "The groups say Eritrean forces killed at least 200 civilians in Axum.");
        assertThat(r.events()).isNotEmpty();
        List<String> sources = r.events().stream().flatMap(e -> e.claims().stream()).map(Claim::source).toList();
        assertThat(sources).contains("Amnesty International", "Human Rights Watch");
        assertThat(sources).noneMatch(n -> n.contains(" and "));
    }

    @Test
    void denialOfTheAccusationGoesToTheEventJustTold() {
        var r = extract("2023-10-20", "Blast",
                "An explosion hit a market in Gaza City on Tuesday, killing 40 people, police said.\n\n"
                        + "Israeli officials said Islamic Jihad had fired the rocket. Islamic Jihad rejected the accusation.");
        // the denial sits with the accusation it answers, whichever event that was told on
        Event accused = r.events().stream().filter(e -> e.claims().stream()
                .anyMatch(c -> c.source().contains("Israeli") && c.stance().equals("ASSERTS"))
                && e.perpetrators().stream().anyMatch(p -> p.contains("Islamic Jihad"))).findFirst().orElseThrow();
        assertThat(accused.claims()).anySatisfy(c -> {
            assertThat(c.source()).contains("Islamic Jihad");
            assertThat(c.stance()).isEqualTo("DENIES");
        });
        assertThat(accused.status()).isEqualTo("DISPUTED");
    }

    @Test
    void unconfirmedDealIsHedgedByTheOutlet() {
        var r = extract("2018-04-09", "Deal",
                "State media said Jaish al-Islam had agreed to leave Douma. The group did not confirm the deal.");
        Event deal = r.events().stream().filter(e -> e.type().equals("NEGOTIATION")).findFirst().orElseThrow();
        assertThat(claimOf(deal, OUTLET)).isNotNull();
        assertThat(claimOf(deal, OUTLET).stance()).isEqualTo("HEDGES");
        assertThat(deal.status()).isEqualTo("UNCONFIRMED");
    }

    @Test
    void liveBlogBackReferencesJoinTheHeadlineEvent() {
        // newest update first: "the blast" is told before the explosion it refers back to
        var r = extract("2023-10-20", "Gaza hospital blast: tolls diverge",
                "A French official said the blast was probably caused by a rocket.\n\n"
                        + "An explosion hit al-Ahli Arab Hospital in Gaza City on Tuesday. The Israeli military denied striking the hospital.");
        Event blast = r.events().stream().filter(e -> e.claims().stream().anyMatch(c -> c.stance().equals("DENIES")))
                .findFirst().orElseThrow();
        assertThat(blast.claims()).anySatisfy(c -> assertThat(c.stance()).isEqualTo("HEDGES"));
        assertThat(r.events().stream().filter(e -> e.type().equals("BOMBING") || e.type().equals("ATTACK"))).hasSize(1);
    }
}
