package org.conflictgraph.extraction.internal.nlp;

/**
 * One place in the text where an entity is named: tokens [beginToken, endToken) of sentence {@code sentence}
 * (CoreNLP 0-based indexes), characters [charStart, charEnd) of the clean text; {@code entityName} is the
 * {@code name} of the actor, faction or place entry it refers to.
 */
public record Mention(int sentence, int beginToken, int endToken, int charStart, int charEnd,
                      String entityName, EntityKind kind) {
}
