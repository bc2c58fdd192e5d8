package org.conflictgraph.query;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/graph/neighbourhood}: nodes and edges around one node for the relationship view.
 *
 * @param nodes     breadth-first from the centre (first), each level in a stable order
 * @param edges     every relationship between two returned nodes, ordered by source, type, target
 * @param truncated true when the node cap left something out (see each node's {@code omitted})
 */
record Neighbourhood(List<Node> nodes, List<Edge> edges, boolean truncated) {

    /**
     * @param id       our {@code id} property (element id for nodes without one)
     * @param label    the main label (Actor, Faction, Place, Source, Event, Claim, Article)
     * @param caption  what to print on the node: name, summary, cue or title
     * @param depth    hops from the centre
     * @param omitted  how many of this node's relationships (to visible kinds of nodes, after the status filter)
     *                 are not in {@code edges}: the hub-safety count
     */
    record Node(String id, String label, List<String> labels, String caption, int depth,
                Map<String, Object> properties, long omitted) {
    }

    record Edge(String id, String type, String source, String target, Map<String, Object> properties) {
    }
}
