package org.conflictgraph.graph;

import java.util.Optional;

import org.conflictgraph.extraction.ArticleExtraction;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an article's own extraction (FORMAT.md shape) as stored, with each event's {@code graph_status}:
 * its status across all articles.
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
        return neo4j.query("""
                        MATCH (:Article {id: $id})-[:HAS_EXTRACTION]->(x:Extraction)
                        RETURN x.json AS json, x.extractorVersion AS version
                        """)
                .bind(articleId).to("id")
                .fetchAs(StoredExtraction.class)
                .mappedBy((types, record) -> new StoredExtraction(
                        json.readValue(record.get("json").asString(), ArticleExtraction.class),
                        record.get("version").asString(null)))
                .one();
    }

    /** An article's extraction as stored and the extractor version that produced it. */
    public record StoredExtraction(ArticleExtraction extraction, String extractorVersion) {
    }
}
