package org.conflictgraph.extraction;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What one article says, in the exact shape of {@code shared/corpus/FORMAT.md} (snake_case on the wire).
 * Names inside events, claims and relations are the article's own spellings and refer to entries of
 * {@link #actors}, {@link #factions}, {@link #places} or {@link #sources}. Fields beyond FORMAT.md
 * (confidence, offsets, evidence, notes) are extras the scorer ignores.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ArticleExtraction(
        ArticleMeta article,
        List<Actor> actors,
        List<Faction> factions,
        List<Place> places,
        List<Source> sources,
        List<Event> events,
        List<Relation> relations,
        /* why the extraction is empty or partial (no sentences, time limit, non-English...); empty when complete */
        List<String> notes) {

    public ArticleExtraction {
        actors = List.copyOf(actors);
        factions = List.copyOf(factions);
        places = List.copyOf(places);
        sources = List.copyOf(sources);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
        notes = List.copyOf(notes);
    }

    /** The article block with empty lists: what an article has before (or without) extraction. */
    public static ArticleExtraction empty(ArticleMeta article, List<String> notes) {
        return new ArticleExtraction(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), notes);
    }

    public ArticleExtraction withArticle(ArticleMeta meta) {
        return new ArticleExtraction(meta, actors, factions, places, sources, events, relations, notes);
    }

    public ArticleExtraction withEvents(List<Event> newEvents) {
        return new ArticleExtraction(article, actors, factions, places, sources, newEvents, relations, notes);
    }

    public record ArticleMeta(
            String file,
            String title,
            String outlet,
            String author,
            /* ISO date or date-time with the source's own offset, never converted to UTC */
            String published,
            String url,
            @JsonProperty("headline_is_question") boolean headlineIsQuestion) {
    }

    public record Actor(String name, List<String> aliases, List<String> roles, List<String> factions,
                        double confidence) {
        public Actor {
            aliases = List.copyOf(aliases);
            roles = List.copyOf(roles);
            factions = List.copyOf(factions);
        }
    }

    /** kind: INSURGENT_GROUP, TERRORIST_GROUP, STATE_FORCE, GOVERNMENT, INTERNATIONAL_ORG, TRIBE, MILITIA, MEDIA, OTHER */
    public record Faction(String name, List<String> aliases, String kind, double confidence) {
        public Faction {
            aliases = List.copyOf(aliases);
        }
    }

    /** kind: COUNTRY, PROVINCE, DISTRICT, CITY, VILLAGE, REGION, FEATURE; in: the enclosing place or null */
    public record Place(String name, List<String> aliases, String kind, String in, double confidence) {
        public Place {
            aliases = List.copyOf(aliases);
        }
    }

    /** kind: PERSON, OFFICIAL, ORGANISATION, DOCUMENT, MEDIA, ANONYMOUS */
    public record Source(String name, String kind, @JsonProperty("speaks_for") String speaksFor) {
    }

    /**
     * type: ATTACK, CLASH, KILLING, BOMBING, VIOLENCE_AGAINST_CIVILIANS, ARREST, LEADERSHIP_CHANGE, SPLIT,
     * ALLEGIANCE, RECRUITMENT, DEPLOYMENT, TERRITORY_CHANGE, PROPAGANDA, NEGOTIATION, OTHER.
     * status (per article): REPORTED, UNCONFIRMED or DISPUTED; graphStatus: the event's status across all articles.
     */
    public record Event(
            String id,
            String type,
            String summary,
            List<String> perpetrators,
            List<String> victims,
            List<String> participants,
            String place,
            String date,
            Fatalities fatalities,
            List<Claim> claims,
            String status,
            @JsonProperty("graph_status") @JsonInclude(JsonInclude.Include.NON_NULL) String graphStatus,
            double confidence) {
        public Event {
            perpetrators = List.copyOf(perpetrators);
            victims = List.copyOf(victims);
            participants = List.copyOf(participants);
            claims = List.copyOf(claims);
        }

        public Event withGraphStatus(String newGraphStatus) {
            return new Event(id, type, summary, perpetrators, victims, participants, place, date, fatalities, claims,
                    status, newGraphStatus, confidence);
        }
    }

    /** A death toll range; "more than N" counts as N. */
    public record Fatalities(Integer low, Integer high) {
    }

    /**
     * stance: ASSERTS, HEDGES or DENIES. Offsets are character offsets into the article's clean text
     * (end exclusive). fatalities/perpetrators: what this source gives, when it differs.
     */
    public record Claim(
            String source,
            String stance,
            String cue,
            @JsonProperty("cue_start") Integer cueStart,
            @JsonProperty("cue_end") Integer cueEnd,
            String sentence,
            @JsonProperty("sentence_start") Integer sentenceStart,
            @JsonProperty("sentence_end") Integer sentenceEnd,
            @JsonInclude(JsonInclude.Include.NON_NULL) Fatalities fatalities,
            List<String> perpetrators,
            double confidence) {
        public Claim {
            perpetrators = perpetrators == null ? List.of() : List.copyOf(perpetrators);
        }
    }

    /**
     * type: LEADS, MEMBER_OF, DEPUTY_OF, SPLINTER_OF, AFFILIATE_OF, ALLIED_WITH, RIVAL_OF, LOYAL_TO,
     * OPERATES_IN, COMMANDS.
     */
    public record Relation(
            String type,
            String from,
            String to,
            @JsonInclude(JsonInclude.Include.NON_NULL) String since,
            @JsonInclude(JsonInclude.Include.NON_NULL) String until,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean ended,
            List<Evidence> evidence,
            double confidence) {
        public Relation {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** Where in the article's clean text a relation is stated (sentence offsets, end exclusive). */
    public record Evidence(@JsonProperty("sentence_start") int sentenceStart,
                           @JsonProperty("sentence_end") int sentenceEnd) {
    }
}
