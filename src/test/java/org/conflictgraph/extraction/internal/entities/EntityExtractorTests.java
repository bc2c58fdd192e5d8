package org.conflictgraph.extraction.internal.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import edu.stanford.nlp.pipeline.Annotation;
import org.conflictgraph.extraction.ArticleExtraction.Actor;
import org.conflictgraph.extraction.ArticleExtraction.ArticleMeta;
import org.conflictgraph.extraction.ArticleExtraction.Faction;
import org.conflictgraph.extraction.ArticleExtraction.Place;
import org.conflictgraph.extraction.ArticleExtraction.Relation;
import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.extraction.internal.nlp.CoreNlp;
import org.conflictgraph.extraction.internal.nlp.Entities;
import org.conflictgraph.extraction.internal.nlp.EntityKind;
import org.junit.jupiter.api.Test;

/** Rules on short invented sentences, through the real CoreNLP pipeline (loaded once per JVM). */
class EntityExtractorTests {

    private final EntityExtractor extractor = new EntityExtractor();

    private Entities extract(String text) {
        ArticleMeta meta = new ArticleMeta("test.txt", "Test", "The Test Wire", "Jane Reporter", "2024-05-02", null, false);
        Annotation doc = CoreNlp.annotate(text, "2024-05-02");
        return extractor.extract(doc, new ArticleText(text, List.of(new int[] {0, text.length()}), meta));
    }

    private static Optional<Faction> faction(Entities e, String name) {
        return e.factions().stream().filter(f -> f.name().equalsIgnoreCase(name) || f.aliases().stream()
                .anyMatch(a -> a.equalsIgnoreCase(name))).findFirst();
    }

    private static Optional<Place> place(Entities e, String name) {
        return e.places().stream().filter(p -> p.name().equalsIgnoreCase(name) || p.aliases().stream()
                .anyMatch(a -> a.equalsIgnoreCase(name))).findFirst();
    }

    private static boolean has(Entities e, String type, String from, String to) {
        return e.relations().stream().anyMatch(r -> r.type().equals(type) && r.from().contains(from) && r.to().contains(to));
    }

    @Test
    void appositionGivesLeaderAndTheSurnameJoinsTheTitledName() {
        Entities e = extract("Mullah Abdul Qayum Zakir, the leader of the Taliban, was wounded in Helmand on Monday. "
                + "Zakir later spoke to reporters.");
        assertThat(e.actors()).extracting(Actor::name).containsExactly("Mullah Abdul Qayum Zakir");
        assertThat(e.actors().get(0).aliases()).contains("Zakir");
        assertThat(has(e, "LEADS", "Zakir", "Taliban")).isTrue();
        assertThat(e.actors().get(0).factions()).contains("Taliban");
        Relation leads = e.relations().stream().filter(r -> r.type().equals("LEADS")).findFirst().orElseThrow();
        assertThat(leads.evidence()).isNotEmpty();
        assertThat(leads.evidence().get(0).sentenceStart()).isZero();
    }

    @Test
    void misspeltTitleClustersWithTheCorrectOne() {
        Entities e = extract("Mullah Hamid Noori commands the fighters in the east. "
                + "Witnesses said Mallah Noori was seen in Jalalabad.");
        assertThat(e.actors()).hasSize(1);
        assertThat(e.actors().get(0).name()).isEqualTo("Mullah Hamid Noori");
        assertThat(e.actors().get(0).aliases()).contains("Mallah Noori");
    }

    @Test
    void demonymsNameStateForcesAndGovernments() {
        Entities e = extract("Nigerian troops killed ten insurgents near Maiduguri, Nigerian officials said on Tuesday.");
        assertThat(faction(e, "Nigerian troops")).get().extracting(Faction::kind).isEqualTo("STATE_FORCE");
        assertThat(faction(e, "Nigerian government")).get().extracting(Faction::kind).isEqualTo("GOVERNMENT");
        assertThat(e.mentions()).anyMatch(m -> m.kind() == EntityKind.FACTION && m.entityName().equals("Nigerian government"));
    }

    @Test
    void aCapitalAsSubjectStandsForTheGovernment() {
        Entities e = extract("Washington said on Friday it would send more advisers to the region.");
        Faction gov = e.factions().stream().filter(f -> f.kind().equals("GOVERNMENT")).findFirst().orElseThrow();
        assertThat(gov.aliases()).contains("Washington");
        assertThat(place(e, "Washington")).isEmpty();
    }

    @Test
    void tribeAndValleyTaggedAsPeopleAreCorrected() {
        Entities e = extract("Elders of the Zadran tribe met in the Arghandab valley after the clashes.");
        assertThat(faction(e, "Zadran tribe")).get().extracting(Faction::kind).isEqualTo("TRIBE");
        assertThat(place(e, "Arghandab")).get().extracting(Place::kind).isEqualTo("FEATURE");
        assertThat(e.actors()).extracting(Actor::name).doesNotContain("Zadran", "Arghandab");
    }

    @Test
    void anAcronymDefinedInTheTextIsAnAliasOfItsLongForm() {
        Entities e = extract("The Northern Liberation Movement (NLM) attacked a convoy. Later the NLM denied it.");
        Faction nlm = faction(e, "NLM").orElseThrow();
        assertThat(nlm.name()).isEqualTo("Northern Liberation Movement");
        assertThat(e.mentions().stream().filter(m -> m.entityName().equals(nlm.name())).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void descriptiveGroupsBecomeFactionsWithTheirRelations() {
        Entities e = extract("A breakaway Taliban faction led by Mullah Mohammad Rahim clashed with fighters loyal to "
                + "Mullah Haibatullah Akhundzada in Farah province.");
        assertThat(faction(e, "Rahim's faction")).isPresent();
        assertThat(has(e, "LEADS", "Rahim", "Rahim's faction")).isTrue();
        assertThat(has(e, "SPLINTER_OF", "Rahim's faction", "Taliban")).isTrue();
        assertThat(faction(e, "Akhundzada loyalists")).isPresent();
        assertThat(has(e, "LOYAL_TO", "Akhundzada loyalists", "Akhundzada")).isTrue();
    }

    @Test
    void affiliationFromAHyphenatedModifierAndOperationFromControl() {
        Entities e = extract("The Islamic State-linked Ansar Bayt al-Maqdis attacked soldiers in North Sinai.");
        assertThat(e.relations()).anyMatch(r -> r.type().equals("AFFILIATE_OF"));
    }

    @Test
    void negatedStatementsGiveNoRelation() {
        Entities e = extract("Hezbollah said the Ansar Brigade was not a branch of Hamas.");
        assertThat(e.relations()).noneMatch(r -> r.type().equals("AFFILIATE_OF"));
    }

    @Test
    void bylinesAndCreditsAreNotEntities() {
        Entities e = extract("By Jane Reporter\n\nRebels entered Goma on Sunday. (Photo by Peter Lens/AFP)");
        assertThat(e.actors()).extracting(Actor::name).doesNotContain("Jane Reporter", "Peter Lens");
        assertThat(place(e, "Goma")).isPresent();
    }

    @Test
    void badInputGivesAnEmptyResultNotAnException() {
        ArticleMeta meta = new ArticleMeta("x", null, null, null, null, null, false);
        assertThat(extractor.extract(new Annotation(""), new ArticleText("", List.of(), meta)).actors()).isEmpty();
        assertThat(extractor.extract(null, null).mentions()).isEmpty();
        Entities foreign = extract("Les forces armées ont été attaquées hier soir près de la frontière.");
        assertThat(foreign.relations()).isEmpty();
        Entities names = extract("Ahmed Ali. Kabul. Taliban. Hamas. Omar Khan.");
        assertThat(names.relations()).isEmpty();
    }
}
