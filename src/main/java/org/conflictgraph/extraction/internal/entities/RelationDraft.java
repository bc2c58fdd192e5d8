package org.conflictgraph.extraction.internal.entities;

/** A relation between two records, with the sentence that states it. */
record RelationDraft(String type, EntityRecord from, EntityRecord to, String since, String until, Boolean ended,
                     int sentence, double confidence) {
}
