package org.conflictgraph.extraction.internal.nlp;

/** Which list of the extraction an entity belongs to. */
public enum EntityKind {
    ACTOR, FACTION, PLACE
}
