package org.conflictgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.conflictgraph.graph.StatusDeriver.ClaimFact;
import org.conflictgraph.graph.StatusDeriver.Derivation;
import org.junit.jupiter.api.Test;

class StatusDeriverTests {

    static ClaimFact claim(String id, String stance, String source, String body, String article, String root) {
        return new ClaimFact(id, stance, source, body, article, root);
    }

    @Test
    void noClaimsHasNoStatus() {
        Derivation d = StatusDeriver.derive(List.of());
        assertThat(d.status()).isNull();
        assertThat(d.rule()).isEqualTo(StatusDeriver.RULE_NO_CLAIMS);
    }

    @Test
    void anyDenialDisputesFirst() {
        Derivation d = StatusDeriver.derive(List.of(
                claim("c1", "ASSERTS", "s1", null, "a1", "a1"),
                claim("c2", "ASSERTS", "s2", null, "a2", "a2"),
                claim("c3", "HEDGES", "s3", null, "a3", "a3"),
                claim("c4", "DENIES", "s4", null, "a3", "a3")));
        assertThat(d.status()).isEqualTo(StatusDeriver.DISPUTED);
        assertThat(d.rule()).isEqualTo(StatusDeriver.RULE_DENIES);
        assertThat(d.claimIds()).containsExactly("c4");
    }

    @Test
    void aHedgeWithoutDenialIsUnconfirmedEvenWhenOthersCorroborate() {
        Derivation d = StatusDeriver.derive(List.of(
                claim("c1", "ASSERTS", "s1", null, "a1", "a1"),
                claim("c2", "ASSERTS", "s2", null, "a2", "a2"),
                claim("c3", "HEDGES", "s1", null, "a1", "a1")));
        assertThat(d.status()).isEqualTo(StatusDeriver.UNCONFIRMED);
        assertThat(d.claimIds()).containsExactly("c3");
    }

    @Test
    void twoIndependentAssertionsCorroborate() {
        Derivation d = StatusDeriver.derive(List.of(
                claim("c1", "ASSERTS", "s1", null, "a1", "a1"),
                claim("c2", "ASSERTS", "s2", "f2", "a2", "a2")));
        assertThat(d.status()).isEqualTo(StatusDeriver.CORROBORATED);
        assertThat(d.rule()).isEqualTo(StatusDeriver.RULE_INDEPENDENT);
        assertThat(d.claimIds()).containsExactly("c1", "c2");
    }

    @Test
    void oneAssertionIsReported() {
        Derivation d = StatusDeriver.derive(List.of(claim("c1", "ASSERTS", "s1", null, "a1", "a1")));
        assertThat(d.status()).isEqualTo(StatusDeriver.REPORTED);
        assertThat(d.rule()).isEqualTo(StatusDeriver.RULE_ASSERTED);
    }

    @Test
    void theSameSpeakerInManyArticlesIsOneSource() {
        assertThat(StatusDeriver.derive(List.of(
                claim("c1", "ASSERTS", "s1", null, "a1", "a1"),
                claim("c2", "ASSERTS", "s1", null, "a2", "a2"),
                claim("c3", "ASSERTS", "s1", null, "a3", "a3"))).status()).isEqualTo(StatusDeriver.REPORTED);
    }

    @Test
    void speakersForTheSameBodyAreOneSource() {
        assertThat(StatusDeriver.derive(List.of(
                claim("c1", "ASSERTS", "spokesman", "army", "a1", "a1"),
                claim("c2", "ASSERTS", "ministry", "army", "a2", "a2"))).status()).isEqualTo(StatusDeriver.REPORTED);
    }

    @Test
    void syndicatedCopiesAreNotIndependent() {
        assertThat(StatusDeriver.derive(List.of(
                claim("c1", "ASSERTS", "wire", null, "orig", "orig"),
                claim("c2", "ASSERTS", "paper", null, "copy", "orig"))).status()).isEqualTo(StatusDeriver.REPORTED);
        assertThat(StatusDeriver.derive(List.of(
                claim("c1", "ASSERTS", "paper1", null, "copy1", "orig"),
                claim("c2", "ASSERTS", "paper2", null, "copy2", "orig"))).status()).isEqualTo(StatusDeriver.REPORTED);
    }

    @Test
    void withinOneArticleOnlySpeakersForDifferentBodiesCount() {
        assertThat(StatusDeriver.derive(List.of(
                claim("c1", "ASSERTS", "spokesman", "army", "a1", "a1"),
                claim("c2", "ASSERTS", "medic", "red crescent", "a1", "a1"))).status())
                .isEqualTo(StatusDeriver.CORROBORATED);
        assertThat(StatusDeriver.derive(List.of(
                claim("c1", "ASSERTS", "spokesman", "army", "a1", "a1"),
                claim("c2", "ASSERTS", "outlet", null, "a1", "a1"))).status())
                .as("the outlet's own voice restating an official").isEqualTo(StatusDeriver.REPORTED);
    }

    @Test
    void claimsWithoutAKnownSpeakerNeverCorroborate() {
        assertThat(StatusDeriver.derive(List.of(
                claim("c1", "ASSERTS", null, null, "a1", "a1"),
                claim("c2", "ASSERTS", "s2", null, "a2", "a2"))).status()).isEqualTo(StatusDeriver.REPORTED);
    }
}
