package org.conflictgraph.extraction.internal.nlp;

import java.util.List;
import java.util.Optional;

import org.conflictgraph.extraction.ArticleExtraction.Actor;
import org.conflictgraph.extraction.ArticleExtraction.Faction;
import org.conflictgraph.extraction.ArticleExtraction.Place;
import org.conflictgraph.extraction.ArticleExtraction.Relation;

/**
 * Entity extraction's result: the actors, factions, places and relations of one article, plus every mention,
 * so event and claim extraction can turn a token of the parse into an entity name.
 */
public record Entities(List<Actor> actors, List<Faction> factions, List<Place> places, List<Relation> relations,
                       List<Mention> mentions) {

    public Entities {
        actors = List.copyOf(actors);
        factions = List.copyOf(factions);
        places = List.copyOf(places);
        relations = List.copyOf(relations);
        mentions = List.copyOf(mentions);
    }

    /** The mention covering token {@code token} (0-based) of sentence {@code sentence}, if any. */
    public Optional<Mention> at(int sentence, int token) {
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.beginToken() <= token && token < m.endToken()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Mentions of one sentence, in text order. */
    public List<Mention> inSentence(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
