package org.conflictgraph.extraction.internal.entities;

import java.util.List;
import java.util.Optional;

/**
 * What entity extraction needs to know about the world: places, demonyms, capitals and known armed groups.
 * An interface so rules can be unit-tested against a small invented world.
 */
interface WorldKnowledge {

    /** A known place: kind as in FORMAT.md (COUNTRY, PROVINCE, CITY...), enclosing place name or null. */
    record PlaceInfo(String name, String kind, String in, String country) {
    }

    /** A known group: canonical name, aliases, FORMAT.md faction kind, country or null. */
    record FactionInfo(String name, List<String> aliases, String kind, String country) {
    }

    Optional<PlaceInfo> place(String name);

    Optional<FactionInfo> faction(String name);

    /** "Afghan" → "Afghanistan". */
    Optional<String> countryOfDemonym(String demonym);

    /** "Kabul" → "Afghanistan". */
    Optional<String> countryOfCapital(String city);

    /** "Afghanistan" → "Afghan" (the adjective used to name its government and forces). */
    Optional<String> demonymOf(String country);
}
