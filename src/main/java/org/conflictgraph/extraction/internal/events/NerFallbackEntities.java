package org.conflictgraph.extraction.internal.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.conflictgraph.extraction.ArticleExtraction.Actor;
import org.conflictgraph.extraction.ArticleExtraction.Faction;
import org.conflictgraph.extraction.ArticleExtraction.Place;
import org.conflictgraph.extraction.internal.nlp.Entities;
import org.conflictgraph.extraction.internal.nlp.EntityKind;
import org.conflictgraph.extraction.internal.nlp.Mention;

/**
 * Entities straight from CoreNLP's NER mentions, used only when entity extraction produced no mentions at all
 * (so events still get argument names): no aliases, no relations.
 */
public final class NerFallbackEntities {

    private NerFallbackEntities() {
    }

    public static Entities from(Annotation doc) {
        List<Mention> mentions = new ArrayList<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Faction> factions = new LinkedHashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return new Entities(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        for (int s = 0; s < sentences.size(); s++) {
            CoreMap sentence = sentences.get(s);
            Integer sentenceBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            List<CoreMap> ms = sentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms == null) {
                continue;
            }
            for (CoreMap m : ms) {
                String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                EntityKind kind = kindOf(tag);
                if (kind == null) {
                    continue;
                }
                String name = m.get(CoreAnnotations.TextAnnotation.class).replaceFirst("^(?i)the ", "").strip();
                if (name.isEmpty()) {
                    continue;
                }
                int begin = m.get(CoreAnnotations.TokenBeginAnnotation.class) - (sentenceBegin == null ? 0 : sentenceBegin);
                int end = m.get(CoreAnnotations.TokenEndAnnotation.class) - (sentenceBegin == null ? 0 : sentenceBegin);
                mentions.add(new Mention(s, begin, end, m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), name, kind));
                switch (kind) {
                    case ACTOR -> actors.putIfAbsent(name, new Actor(name, List.of(), List.of(), List.of(), 0.5));
                    case FACTION -> factions.putIfAbsent(name, new Faction(name, List.of(), "OTHER", 0.5));
                    case PLACE -> places.putIfAbsent(name, new Place(name, List.of(),
                            "COUNTRY".equals(tag) ? "COUNTRY" : "CITY", null, 0.5));
                }
            }
        }
        return new Entities(List.copyOf(actors.values()), List.copyOf(factions.values()), List.copyOf(places.values()),
                List.of(), mentions);
    }

    private static EntityKind kindOf(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag) {
            case "PERSON" -> EntityKind.ACTOR;
            case "ORGANIZATION" -> EntityKind.FACTION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityKind.PLACE;
            default -> null;
        };
    }
}
