package org.conflictgraph.review;

import java.security.Principal;

/** Who made a decision: the authenticated user's name, or "anonymous" while the API is open. */
final class Analysts {

    private Analysts() {
    }

    static String name(Principal principal) {
        return principal == null || principal.getName() == null || principal.getName().isBlank()
                ? "anonymous" : principal.getName();
    }
}
