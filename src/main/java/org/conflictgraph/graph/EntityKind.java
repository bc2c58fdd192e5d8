package org.conflictgraph.graph;

/** The kinds of named entity nodes in the graph; {@link #label()} is the Neo4j label. */
public enum EntityKind {
    ACTOR("Actor"),
    FACTION("Faction"),
    PLACE("Place"),
    SOURCE("Source");

    private final String label;

    EntityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
