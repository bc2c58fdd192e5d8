package org.conflictgraph.extraction.internal.events;

import java.util.Collection;

import org.conflictgraph.extraction.ArticleExtraction.Claim;

/** Per-article status of an event from its claims: DISPUTED > UNCONFIRMED > REPORTED. */
final class StatusDeriver {

    private StatusDeriver() {
    }

    static String status(Collection<Claim> claims) {
        boolean hedged = false;
        for (Claim c : claims) {
            if ("DENIES".equals(c.stance())) {
                return "DISPUTED";
            }
            hedged |= "HEDGES".equals(c.stance());
        }
        return hedged ? "UNCONFIRMED" : "REPORTED";
    }
}
