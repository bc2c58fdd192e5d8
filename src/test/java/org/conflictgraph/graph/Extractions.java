package org.conflictgraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.extraction.ArticleExtraction.Actor;
import org.conflictgraph.extraction.ArticleExtraction.Claim;
import org.conflictgraph.extraction.ArticleExtraction.Event;
import org.conflictgraph.extraction.ArticleExtraction.Evidence;
import org.conflictgraph.extraction.ArticleExtraction.Faction;
import org.conflictgraph.extraction.ArticleExtraction.Fatalities;
import org.conflictgraph.extraction.ArticleExtraction.Place;
import org.conflictgraph.extraction.ArticleExtraction.Relation;
import org.conflictgraph.extraction.ArticleExtraction.Source;

/**
 * Hand-built extractions for graph tests (no CoreNLP). Names carry a per-test token so tests sharing one database
 * never touch each other's nodes.
 */
final class Extractions {

    private Extractions() {
    }

    static String token() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static ArticleRecord article(String id, String outlet, String syndicatesOf) {
        String text = "Text of " + id + ". Officials said the attack killed five.";
        return new ArticleRecord(id, "hash-" + id, 0L, "Title " + id, outlet, null, "2016-01-02", null, false, "TEXT",
                null, text, List.of(0), List.of(text.length()), syndicatesOf);
    }

    static Actor actor(String name, String... aliases) {
        return new Actor(name, Arrays.asList(aliases), List.of("commander"), List.of(), 0.9);
    }

    static Faction faction(String name, String kind, String... aliases) {
        return new Faction(name, Arrays.asList(aliases), kind, 0.9);
    }

    static Place place(String name, String kind, String in) {
        return new Place(name, List.of(), kind, in, 0.9);
    }

    static Source source(String name, String kind, String speaksFor) {
        return new Source(name, kind, speaksFor);
    }

    static Claim claim(String source, String stance) {
        return new Claim(source, stance, stance.toLowerCase(), 10, 14, "Officials said the attack killed five.",
                0, 40, null, List.of(), 0.8);
    }

    static Claim claim(String source, String stance, int low, int high) {
        return new Claim(source, stance, "said", 10, 14, "Officials said the attack killed five.", 0, 40,
                new Fatalities(low, high), List.of(), 0.8);
    }

    static Event event(String id, String type, String summary, List<String> perpetrators, List<String> victims,
                       String place, Claim... claims) {
        return new Event(id, type, summary, perpetrators, victims, List.of(), place, "2016-01-01",
                new Fatalities(5, 5), Arrays.asList(claims), "REPORTED", null, 0.8);
    }

    static Relation relation(String type, String from, String to) {
        return new Relation(type, from, to, null, null, null, List.of(new Evidence(0, 40)), 0.7);
    }

    static Builder extraction(String outlet) {
        return new Builder(outlet);
    }

    static final class Builder {
        private final String outlet;
        private final List<Actor> actors = new ArrayList<>();
        private final List<Faction> factions = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();

        Builder(String outlet) {
            this.outlet = outlet;
        }

        Builder actors(Actor... a) {
            actors.addAll(Arrays.asList(a));
            return this;
        }

        Builder factions(Faction... f) {
            factions.addAll(Arrays.asList(f));
            return this;
        }

        Builder places(Place... p) {
            places.addAll(Arrays.asList(p));
            return this;
        }

        Builder sources(Source... s) {
            sources.addAll(Arrays.asList(s));
            return this;
        }

        Builder events(Event... e) {
            events.addAll(Arrays.asList(e));
            return this;
        }

        Builder relations(Relation... r) {
            relations.addAll(Arrays.asList(r));
            return this;
        }

        ArticleExtraction build() {
            return new ArticleExtraction(new ArticleExtraction.ArticleMeta(null, "A title", outlet, null, "2016-01-02",
                    null, false), actors, factions, places, sources, events, relations, List.of());
        }
    }
}
