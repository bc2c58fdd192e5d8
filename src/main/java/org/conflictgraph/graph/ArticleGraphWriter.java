package org.conflictgraph.graph;

import java.util.HashMap;
import java.util.Map;

import org.conflictgraph.extraction.ArticleExtraction;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single writer: one transaction per article. Stores the article and its own extraction view.
 * (Entities, events, claims and status derivation come with Graph I.)
 */
@Service
public class ArticleGraphWriter {

    private final Neo4jClient neo4j;
    private final TransactionTemplate tx;
    private final JsonMapper json;

    ArticleGraphWriter(Neo4jClient neo4j, TransactionTemplate tx, JsonMapper json) {
        this.neo4j = neo4j;
        this.tx = tx;
        this.json = json;
    }

    /** Writes the article and its extraction in one transaction; re-writing the same article changes nothing. */
    public WriteResult write(ArticleRecord article, ArticleExtraction extraction, String extractorVersion) {
        return tx.execute(status -> {
            Map<String, Object> props = new HashMap<>();
            props.put("id", article.id());
            props.put("contentHash", article.contentHash());
            props.put("simhash", article.simhash());
            props.put("title", article.title());
            props.put("outlet", article.outlet());
            props.put("author", article.author());
            props.put("published", article.published());
            props.put("url", article.url());
            props.put("headlineIsQuestion", article.headlineIsQuestion());
            props.put("format", article.format());
            props.put("file", article.file());
            props.put("text", article.text());
            props.put("paragraphStarts", article.paragraphStarts());
            props.put("paragraphEnds", article.paragraphEnds());
            boolean created = neo4j.query("""
                            MERGE (a:Article {id: $props.id})
                            ON CREATE SET a += $props, a.ingestedAt = datetime(), a.created = true
                            WITH a, coalesce(a.created, false) AS created
                            REMOVE a.created
                            RETURN created
                            """)
                    .bind(props).to("props")
                    .fetchAs(Boolean.class).one().orElse(false);
            neo4j.query("""
                            MATCH (a:Article {id: $id})
                            MERGE (a)-[:HAS_EXTRACTION]->(x:Extraction {id: $id})
                            SET x.json = $json, x.extractorVersion = $version, x.createdAt = datetime()
                            """)
                    .bind(article.id()).to("id")
                    .bind(json.writeValueAsString(extraction)).to("json")
                    .bind(extractorVersion).to("version")
                    .run();
            if (article.syndicatesOf() != null) {
                neo4j.query("""
                                MATCH (a:Article {id: $id}), (o:Article {id: $original})
                                MERGE (a)-[:SYNDICATES]->(o)
                                """)
                        .bind(article.id()).to("id").bind(article.syndicatesOf()).to("original").run();
            }
            return new WriteResult(article.id(), created, new WriteResult.Counts(extraction.actors().size(),
                    extraction.factions().size(), extraction.places().size(), extraction.events().size(),
                    extraction.events().stream().mapToInt(e -> e.claims().size()).sum(),
                    extraction.relations().size()));
        });
    }
}
