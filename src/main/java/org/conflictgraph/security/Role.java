package org.conflictgraph.security;

import java.util.Arrays;
import java.util.Locale;

/**
 * The roles of DESIGN.md "Security". Every role may read; analysts also correct the graph, ingest clients also post
 * articles, admins may do everything.
 */
public enum Role {
    RESEARCHER, ANALYST, INGEST, ADMIN;

    /** "analyst", "ANALYST" or "ROLE_ANALYST". */
    static Role parse(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.startsWith("ROLE_")) {
            n = n.substring(5);
        }
        for (Role r : values()) {
            if (r.name().equals(n)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown role '" + name + "'; roles are "
                + Arrays.toString(values()).toLowerCase(Locale.ROOT) + ".");
    }
}
