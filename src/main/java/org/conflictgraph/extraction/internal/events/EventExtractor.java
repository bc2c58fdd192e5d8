package org.conflictgraph.extraction.internal.events;

import java.util.List;

import edu.stanford.nlp.pipeline.Annotation;
import org.conflictgraph.extraction.ArticleExtraction.Event;
import org.conflictgraph.extraction.ArticleExtraction.Source;
import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.extraction.internal.nlp.Entities;

/** Typed events with arguments, and the attributed claims (source, stance, cue, offsets) about each. */
public final class EventExtractor {

    public record Result(List<Source> sources, List<Event> events) {
    }

    public Result extract(Annotation doc, ArticleText article, Entities entities) {
        return new Result(List.of(), List.of());
    }
}
