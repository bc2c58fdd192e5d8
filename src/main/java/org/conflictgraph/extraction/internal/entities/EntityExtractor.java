package org.conflictgraph.extraction.internal.entities;

import java.util.List;

import edu.stanford.nlp.pipeline.Annotation;
import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.extraction.internal.nlp.Entities;

/** Actors, factions, places and their relations from an annotated article. */
public final class EntityExtractor {

    public Entities extract(Annotation doc, ArticleText article) {
        return new Entities(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
