package org.conflictgraph.graph.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictgraph.graph.identity.IdentityFixtures.actor;
import static org.conflictgraph.graph.identity.IdentityFixtures.context;
import static org.conflictgraph.graph.identity.IdentityFixtures.extraction;
import static org.conflictgraph.graph.identity.IdentityFixtures.place;

import java.util.List;
import java.util.Map;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.graph.EntityResolver;
import org.conflictgraph.graph.ResolutionContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Identity resolution against the shared test DBMS. Names are invented per test (the DBMS is shared by every
 * test of the JVM), but vary the way real transliterations do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityResolverTests {

    @Autowired
    EntityResolver resolver;

    @Autowired
    Driver driver;

    IdentityFixtures graph;

    @BeforeEach
    void setUp() {
        graph = new IdentityFixtures(driver);
    }

    private String resolve(EntityKind kind, String name, List<String> aliases, ResolutionContext ctx) {
        return graph.read(tx -> resolver.resolve(tx, kind, name, aliases, ctx));
    }

    @Test
    void theResolverInUseIsTheIdentityResolver() {
        assertThat(resolver).isInstanceOf(IdentityResolver.class);
    }

    @Test
    void spellingsOfOneManResolveToOneNodeAndHisNamesakeDoesNot() {
        graph.entity(EntityKind.ACTOR, "t-zarmansour", "Mullah Akhtar Zarmansour", "Zarmansour", "Akhtar Zarmansour");
        ResolutionContext ctx = context("art-zm-2", null, extraction(List.of(), List.of()));
        assertThat(resolve(EntityKind.ACTOR, "Akhtar Mohammad Zarmansoor", List.of(), ctx)).isEqualTo("t-zarmansour");
        assertThat(resolve(EntityKind.ACTOR, "Akhtar Muhammad Zarmansur", List.of("Zarmansur"), ctx))
                .isEqualTo("t-zarmansour");
        String namesake = resolve(EntityKind.ACTOR, "Zarmansoor Dadkhudai", List.of("Dadkhudai"), ctx);
        assertThat(namesake).isNotEqualTo("t-zarmansour");
        // a new name always gets the same id, whatever the spelling variant
        assertThat(resolve(EntityKind.ACTOR, "Zarmansour Dadkhudai", List.of(), ctx)).isEqualTo(namesake);
    }

    @Test
    void aLoneSurnameAttachesOnlyWhenUnambiguousAndTheContextAgrees() {
        graph.entity(EntityKind.ACTOR, "t-qaderyar", "Abdul Basir Qaderyar");
        graph.entity(EntityKind.FACTION, "t-qaderyar-front", "Hizb-e Wahdat-e Testan");
        graph.write("""
                MATCH (a:Actor {id: 't-qaderyar'}), (f:Faction {id: 't-qaderyar-front'}) MERGE (a)-[:LEADS]->(f)
                """, Map.of());
        ResolutionContext agreeing = context("art-q-1", null, extraction(List.of(actor("Qaderyar", List.of(),
                List.of("commander"), List.of("Hizb-e Wahdat-e Testan"))), List.of()));
        ResolutionContext silent = context("art-q-2", null, extraction(List.of(actor("Qaderyar", List.of(),
                List.of(), List.of())), List.of()));
        assertThat(resolve(EntityKind.ACTOR, "Qaderyar", List.of(), agreeing)).isEqualTo("t-qaderyar");
        assertThat(resolve(EntityKind.ACTOR, "Qaderyar", List.of(), silent)).isNotEqualTo("t-qaderyar");

        // a second Qaderyar makes the lone name ambiguous: it stays apart even with agreeing context
        graph.entity(EntityKind.ACTOR, "t-qaderyar-2", "Ghulam Qaderyar");
        graph.write("""
                MATCH (a:Actor {id: 't-qaderyar-2'}), (f:Faction {id: 't-qaderyar-front'}) MERGE (a)-[:MEMBER_OF]->(f)
                """, Map.of());
        String lone = resolve(EntityKind.ACTOR, "Qaderyar", List.of(), agreeing);
        assertThat(lone).isNotIn("t-qaderyar", "t-qaderyar-2");
    }

    @Test
    void aStateIsOneFactionUnderItsNamesButItsForcesAreAnother() {
        graph.entity(EntityKind.FACTION, "t-kyrgyzstan", "Kyrgyzstan");
        ResolutionContext ctx = context("art-kg", "GOVERNMENT", extraction(List.of(), List.of()));
        assertThat(resolve(EntityKind.FACTION, "Bishkek", List.of(), ctx)).isEqualTo("t-kyrgyzstan");
        assertThat(resolve(EntityKind.FACTION, "Kyrgyz government", List.of(), ctx)).isEqualTo("t-kyrgyzstan");
        String forces = resolve(EntityKind.FACTION, "Kyrgyz troops", List.of(), ctx);
        assertThat(forces).isNotEqualTo("t-kyrgyzstan");
        assertThat(resolve(EntityKind.FACTION, "Kyrgyz army", List.of(), ctx)).isEqualTo(forces);
    }

    @Test
    void namesOfOneNewStateInOneArticleGetOneId() {
        ResolutionContext ctx = context("art-tm", "GOVERNMENT", extraction(List.of(), List.of()));
        String state = resolve(EntityKind.FACTION, "Turkmenistan", List.of(), ctx);
        assertThat(resolve(EntityKind.FACTION, "Ashgabat", List.of(), ctx)).isEqualTo(state);
        assertThat(resolve(EntityKind.FACTION, "Turkmen government", List.of(), ctx)).isEqualTo(state);
    }

    @Test
    void aDefiniteReferenceIsTheArticlesOnlyInstitutionOfThatName() {
        ArticleExtraction x = new ArticleExtraction(extraction(List.of(), List.of()).article(), List.of(),
                List.of(new ArticleExtraction.Faction("Testan Observatory for Peace", List.of(), "OTHER", 0.9),
                        new ArticleExtraction.Faction("the Observatory", List.of(), "OTHER", 0.9)),
                List.of(), List.of(), List.of(), List.of(), List.of());
        ResolutionContext ctx = context("art-obs", "OTHER", x);
        assertThat(resolve(EntityKind.FACTION, "the Observatory", List.of(), ctx))
                .isEqualTo(resolve(EntityKind.FACTION, "Testan Observatory for Peace", List.of(), ctx));
        ResolutionContext elsewhere = context("art-obs-2", "OTHER", extraction(List.of(), List.of()));
        assertThat(resolve(EntityKind.FACTION, "the Observatory", List.of(), elsewhere))
                .isNotEqualTo(resolve(EntityKind.FACTION, "Testan Observatory for Peace", List.of(), ctx));
    }

    @Test
    void acronymsAndTransliterationsOfAGroupResolveToIt() {
        graph.entity(EntityKind.FACTION, "t-imtest", "Islamic Movement of Testistan");
        graph.entity(EntityKind.FACTION, "t-ansaroul", "Ansaroul Tawhid");
        ResolutionContext ctx = context("art-imt", "INSURGENT_GROUP", extraction(List.of(), List.of()));
        assertThat(resolve(EntityKind.FACTION, "IMT", List.of(), ctx)).isEqualTo("t-imtest");
        assertThat(resolve(EntityKind.FACTION, "Ansarul Tawheed", List.of(), ctx)).isEqualTo("t-ansaroul");
        assertThat(resolve(EntityKind.FACTION, "Islamic Front of Testistan", List.of(), ctx))
                .isNotEqualTo("t-imtest");
    }

    @Test
    void genericNamesNeverJoinAcrossArticles() {
        ResolutionContext a = context("art-gen-1", "GOVERNMENT", extraction(List.of(), List.of()));
        ResolutionContext b = context("art-gen-2", "GOVERNMENT", extraction(List.of(), List.of()));
        String first = resolve(EntityKind.FACTION, "government", List.of("the authorities"), a);
        assertThat(resolve(EntityKind.FACTION, "government", List.of(), a)).isEqualTo(first);
        assertThat(resolve(EntityKind.FACTION, "government", List.of(), b)).isNotEqualTo(first);
    }

    @Test
    void placesOfOneNameInDifferentProvincesStayApart() {
        graph.entity(EntityKind.PLACE, "t-testistan", "Testistan");
        graph.entity(EntityKind.PLACE, "t-zabultest", "Zabultest");
        graph.entity(EntityKind.PLACE, "t-heratest", "Heratest");
        graph.entity(EntityKind.PLACE, "t-bala-qarya", "Bala Qaryatest");
        graph.write("""
                MATCH (d:Place {id: 't-bala-qarya'}), (p:Place {id: 't-zabultest'}), (c:Place {id: 't-testistan'}),
                      (h:Place {id: 't-heratest'})
                MERGE (d)-[:IN]->(p) MERGE (p)-[:IN]->(c) MERGE (h)-[:IN]->(c)
                """, Map.of());
        ResolutionContext inZabul = context("art-pl-1", "DISTRICT",
                extraction(List.of(), List.of(place("Bala Qaryatest", "Zabultest"))));
        ResolutionContext inCountry = context("art-pl-2", "DISTRICT",
                extraction(List.of(), List.of(place("Bala Qaryatest", "Testistan"))));
        ResolutionContext inHerat = context("art-pl-3", "DISTRICT",
                extraction(List.of(), List.of(place("Bala Qaryatest", "Heratest"))));
        assertThat(resolve(EntityKind.PLACE, "Bala Qaryatest", List.of(), inZabul)).isEqualTo("t-bala-qarya");
        assertThat(resolve(EntityKind.PLACE, "Bala Qaryatest", List.of(), inCountry)).isEqualTo("t-bala-qarya");
        assertThat(resolve(EntityKind.PLACE, "Bala Qaryatest", List.of(), inHerat)).isNotEqualTo("t-bala-qarya");
    }

    @Test
    void aCloseSpellingOfADistinctivePlaceResolvesToIt() {
        graph.entity(EntityKind.PLACE, "t-toumbakessy", "Toumbakessy");
        ResolutionContext ctx = context("art-tk", "VILLAGE", extraction(List.of(), List.of()));
        assertThat(resolve(EntityKind.PLACE, "Toumbakessi", List.of(), ctx)).isEqualTo("t-toumbakessy");
        assertThat(resolve(EntityKind.PLACE, "Toumbikessi", List.of(), ctx)).isEqualTo("t-toumbakessy");
    }

    @Test
    void theSamePersonQuotedByTwoOutletsIsOneSource() {
        graph.entity(EntityKind.SOURCE, "t-src-lavrovsky", "Sergei Lavrovsky");
        ResolutionContext person = context("art-src", "PERSON", extraction(List.of(), List.of()));
        assertThat(resolve(EntityKind.SOURCE, "Sergey Lavrovsky", List.of(), person)).isEqualTo("t-src-lavrovsky");
        ResolutionContext anonymous = context("art-src", "ANONYMOUS", extraction(List.of(), List.of()));
        assertThat(resolve(EntityKind.SOURCE, "unnamed reports", List.of(), anonymous))
                .isNotEqualTo(resolve(EntityKind.SOURCE, "unnamed reports", List.of(),
                        context("art-src-other", "ANONYMOUS", extraction(List.of(), List.of()))));
    }
}
