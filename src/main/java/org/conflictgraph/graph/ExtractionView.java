package org.conflictgraph.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.conflictgraph.extraction.ArticleExtraction;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an article's own extraction (FORMAT.md shape) as stored, with each event's {@code graph_status}:
 * its status across all articles (absent for an event no claim put into the graph, or one an analyst deleted).
 */
@Service
public class ExtractionView {

    private final Neo4jClient neo4j;
    private final JsonMapper json;

    ExtractionView(Neo4jClient neo4j, JsonMapper json) {
        this.neo4j = neo4j;
        this.json = json;
    }

    public Optional<StoredExtraction> find(String articleId) {
        Optional<StoredExtraction> stored = neo4j.query("""
                        MATCH (:Article {id: $id})-[:HAS_EXTRACTION]->(x:Extraction)
                        RETURN x.json AS json, x.extractorVersion AS version
                        """)
                .bind(articleId).to("id")
                .fetchAs(StoredExtraction.class)
                .mappedBy((types, record) -> new StoredExtraction(
                        json.readValue(record.get("json").asString(), ArticleExtraction.class),
                        record.get("version").asString(null)))
                .one();
        if (stored.isEmpty()) {
            return stored;
        }
        Map<String, String> statusByLocalId = new HashMap<>();
        neo4j.query("""
                        MATCH (:Article {id: $id})<-[:IN_ARTICLE]-(c:Claim)-[:ABOUT]->(e:Event)
                        RETURN DISTINCT c.eventLocalId AS localId, e.status AS status
                        """)
                .bind(articleId).to("id")
                .fetch().all()
                .forEach(row -> {
                    if (row.get("localId") != null && row.get("status") != null) {
                        statusByLocalId.put((String) row.get("localId"), (String) row.get("status"));
                    }
                });
        ArticleExtraction x = stored.get().extraction();
        ArticleExtraction withStatus = x.withEvents(x.events().stream()
                .map(e -> e.withGraphStatus(statusByLocalId.get(e.id())))
                .toList());
        return Optional.of(new StoredExtraction(withStatus, stored.get().extractorVersion()));
    }

    /** An article's extraction as stored and the extractor version that produced it. */
    public record StoredExtraction(ArticleExtraction extraction, String extractorVersion) {
    }
}
