package org.conflictgraph.extraction.internal.entities;

import java.util.Optional;

import org.conflictgraph.extraction.internal.lexicon.FactionLexicon;
import org.conflictgraph.extraction.internal.lexicon.Gazetteer;

/** {@link WorldKnowledge} from the shared gazetteer and faction lexicon. */
final class LexiconWorldKnowledge implements WorldKnowledge {

    private final Gazetteer gazetteer;
    private final FactionLexicon factions;

    LexiconWorldKnowledge(Gazetteer gazetteer, FactionLexicon factions) {
        this.gazetteer = gazetteer;
        this.factions = factions;
    }

    @Override
    public Optional<PlaceInfo> place(String name) {
        return gazetteer.place(name).map(p -> new PlaceInfo(p.name(), p.kind(), p.in(),
                p.kind().equals("COUNTRY") ? p.name()
                        : gazetteer.country(p.countryCode()).map(Gazetteer.PlaceEntry::name).orElse(null)));
    }

    @Override
    public Optional<FactionInfo> faction(String name) {
        return factions.lookup(name).map(f -> new FactionInfo(f.name(), f.aliases(), f.kind(), f.country()));
    }

    @Override
    public Optional<String> countryOfDemonym(String demonym) {
        if (gazetteer.isEthnicDemonym(demonym)) {
            return Optional.empty();
        }
        return gazetteer.countryOfDemonym(demonym);
    }

    @Override
    public Optional<String> countryOfCapital(String city) {
        return gazetteer.countryOfCapital(city);
    }

    @Override
    public Optional<String> demonymOf(String country) {
        return gazetteer.demonymsOf(country).stream().findFirst();
    }
}
