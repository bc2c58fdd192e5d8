package org.conflictgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-way package rule of DESIGN.md: article → extraction, article → graph, graph → extraction (records),
 * review → graph, query → graph (read side); web and cli talk HTTP only. {@code neo4j} (database plumbing) and
 * {@code problem} (error responses) are shared by all.
 */
class ArchitectureTests {

    private static final String BASE = "org.conflictgraph.";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.conflictgraph");
    }

    private static String pkg(String name) {
        return BASE + name + "..";
    }

    @Test
    void extractionKnowsNothingOfTheOtherFeaturesNorOfNeo4jNorOfSpringWeb() {
        noClasses().that().resideInAPackage(pkg("extraction"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("article"), pkg("graph"), pkg("review"),
                        pkg("query"), pkg("web"), pkg("cli"), pkg("neo4j"), "org.neo4j..",
                        "org.springframework.web..", "org.springframework.data..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void coreNlpStaysInsideExtractionInternal() {
        noClasses().that().resideOutsideOfPackage(pkg("extraction.internal"))
                .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void graphDependsOnlyOnExtraction() {
        noClasses().that().resideInAPackage(pkg("graph"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("article"), pkg("review"), pkg("query"),
                        pkg("web"), pkg("cli"))
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void articleIsCalledByNoOtherFeature() {
        noClasses().that().resideInAnyPackage(pkg("extraction"), pkg("graph"), pkg("review"), pkg("query"),
                        pkg("web"), pkg("cli"))
                .should().dependOnClassesThat().resideInAPackage(pkg("article"))
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void reviewAndQueryUseOnlyTheGraph() {
        noClasses().that().resideInAnyPackage(pkg("review"), pkg("query"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("article"), pkg("web"), pkg("cli"))
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage(pkg("query"))
                .should().dependOnClassesThat().resideInAPackage(pkg("review"))
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage(pkg("review"))
                .should().dependOnClassesThat().resideInAPackage(pkg("query"))
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void webAndCliTalkHttpOnly() {
        noClasses().that().resideInAnyPackage(pkg("web"), pkg("cli"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("article"), pkg("extraction"),
                        pkg("graph"), pkg("review"), pkg("query"), "org.neo4j..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage(pkg("cli"))
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void nobodyUsesJackson2Databind() {
        noClasses().that().resideInAPackage("org.conflictgraph..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
                .allowEmptyShould(true).check(classes);
    }
}
