package org.conflictgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DESIGN.md's status table over all claims of one event, first match wins: DISPUTED (a claim denies), UNCONFIRMED
 * (a claim hedges), CORROBORATED (two independent sources assert), REPORTED (asserted). Pure: the facts come from
 * a query, so every rule is unit-testable.
 * <p>
 * Two asserting claims are independent when their speakers differ and do not speak for the same body, and their
 * articles are not {@code SYNDICATES} copies of each other (same syndication root). Within one article two
 * speakers count only when both speak for (different) bodies: the outlet's own voice restating what an official
 * told it is not a second source.
 */
public final class StatusDeriver {

    public static final String DISPUTED = "DISPUTED";
    public static final String UNCONFIRMED = "UNCONFIRMED";
    public static final String CORROBORATED = "CORROBORATED";
    public static final String REPORTED = "REPORTED";

    /** Rules, as stored in {@code StatusChange.rule}. */
    public static final String RULE_DENIES = "A_CLAIM_DENIES";
    public static final String RULE_HEDGES = "A_CLAIM_HEDGES";
    public static final String RULE_INDEPENDENT = "INDEPENDENT_SOURCES_ASSERT";
    public static final String RULE_ASSERTED = "ASSERTED";
    public static final String RULE_NO_CLAIMS = "NO_CLAIMS";

    private StatusDeriver() {
    }

    /**
     * One claim as the deriver needs it.
     *
     * @param sourceId      the speaker's Source id (null: unknown speaker, treated as its own body)
     * @param bodyId        the Faction the speaker speaks for, or null
     * @param articleId     the claim's article
     * @param articleRootId the first-seen article of the claim's syndication chain (itself when not a copy)
     */
    public record ClaimFact(String claimId, String stance, String sourceId, String bodyId, String articleId,
                            String articleRootId) {
    }

    /**
     * @param status   the derived status, or null when the event has no claims
     * @param rule     the rule that fired
     * @param claimIds the claims that made it fire (the denials, the hedges, the independent assertions...)
     */
    public record Derivation(String status, String rule, List<String> claimIds) {
    }

    public static Derivation derive(List<ClaimFact> claims) {
        if (claims.isEmpty()) {
            return new Derivation(null, RULE_NO_CLAIMS, List.of());
        }
        List<String> denies = idsWith(claims, "DENIES");
        if (!denies.isEmpty()) {
            return new Derivation(DISPUTED, RULE_DENIES, denies);
        }
        List<String> hedges = idsWith(claims, "HEDGES");
        if (!hedges.isEmpty()) {
            return new Derivation(UNCONFIRMED, RULE_HEDGES, hedges);
        }
        List<ClaimFact> asserts = claims.stream().filter(c -> "ASSERTS".equals(c.stance())).toList();
        for (int i = 0; i < asserts.size(); i++) {
            for (int j = i + 1; j < asserts.size(); j++) {
                if (independent(asserts.get(i), asserts.get(j))) {
                    return new Derivation(CORROBORATED, RULE_INDEPENDENT,
                            List.of(asserts.get(i).claimId(), asserts.get(j).claimId()));
                }
            }
        }
        return new Derivation(REPORTED, RULE_ASSERTED, asserts.stream().map(ClaimFact::claimId).toList());
    }

    static boolean independent(ClaimFact a, ClaimFact b) {
        if (a.sourceId() == null || b.sourceId() == null || a.sourceId().equals(b.sourceId())) {
            return false;
        }
        if (bodyOf(a).equals(bodyOf(b)) || a.sourceId().equals(b.bodyId()) || b.sourceId().equals(a.bodyId())) {
            return false;
        }
        if (Objects.equals(a.articleId(), b.articleId())) {
            return a.bodyId() != null && b.bodyId() != null;
        }
        return !Objects.equals(rootOf(a), rootOf(b));
    }

    private static String bodyOf(ClaimFact c) {
        return c.bodyId() != null ? c.bodyId() : c.sourceId();
    }

    private static String rootOf(ClaimFact c) {
        return c.articleRootId() != null ? c.articleRootId() : c.articleId();
    }

    private static List<String> idsWith(List<ClaimFact> claims, String stance) {
        List<String> ids = new ArrayList<>();
        for (ClaimFact c : claims) {
            if (stance.equals(c.stance())) {
                ids.add(c.claimId());
            }
        }
        return ids;
    }
}
