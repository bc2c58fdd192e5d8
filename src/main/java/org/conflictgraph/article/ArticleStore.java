package org.conflictgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.conflictgraph.extraction.ArticleExtraction.ArticleMeta;
import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.graph.ArticleRecord;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads stored articles (intake never writes here: the graph writer does). */
@Component
class ArticleStore {

    private static final String RETURN_ARTICLE = """
            RETURN a.id AS id, a.contentHash AS contentHash, a.simhash AS simhash, a.title AS title,
                   a.outlet AS outlet, a.author AS author, toString(a.published) AS published, a.url AS url,
                   coalesce(a.headlineIsQuestion, false) AS headlineIsQuestion, a.format AS format, a.file AS file,
                   a.text AS text, a.paragraphStarts AS paragraphStarts, a.paragraphEnds AS paragraphEnds,
                   toString(a.ingestedAt) AS ingestedAt, o.id AS syndicatesOf, x.extractorVersion AS extractorVersion
            """;

    private final Neo4jClient neo4j;

    ArticleStore(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<StoredArticle> find(String id) {
        return neo4j.query("""
                        MATCH (a:Article {id: $id})
                        OPTIONAL MATCH (a)-[:SYNDICATES]->(o:Article)
                        OPTIONAL MATCH (a)-[:HAS_EXTRACTION]->(x:Extraction)
                        """ + RETURN_ARTICLE + " LIMIT 1")
                .bind(id).to("id")
                .fetchAs(StoredArticle.class)
                .mappedBy((types, r) -> stored(r))
                .one();
    }

    /**
     * A page of articles, newest ingested first; {@code after} is the (ingestedAt, id) of the last item of the
     * previous page, or null for the first page.
     */
    List<StoredArticle> page(ArticleCursor after, int limit) {
        return new ArrayList<>(neo4j.query("""
                        MATCH (a:Article)
                        WHERE $at IS NULL OR a.ingestedAt < datetime($at)
                              OR (a.ingestedAt = datetime($at) AND a.id < $id)
                        WITH a ORDER BY a.ingestedAt DESC, a.id DESC LIMIT $limit
                        OPTIONAL MATCH (a)-[:SYNDICATES]->(o:Article)
                        OPTIONAL MATCH (a)-[:HAS_EXTRACTION]->(x:Extraction)
                        """ + RETURN_ARTICLE + " ORDER BY a.ingestedAt DESC, a.id DESC")
                .bindAll(Map.of("limit", (long) limit))
                .bind(after == null ? null : after.ingestedAt()).to("at")
                .bind(after == null ? null : after.id()).to("id")
                .fetchAs(StoredArticle.class)
                .mappedBy((types, r) -> stored(r))
                .all());
    }

    long countNodes() {
        return neo4j.query("MATCH (n) RETURN count(n) AS n").fetchAs(Long.class).one().orElse(0L);
    }

    private static StoredArticle stored(org.neo4j.driver.Record r) {
        return new StoredArticle(r.get("id").asString(), r.get("contentHash").asString(null),
                r.get("simhash").isNull() ? 0L : r.get("simhash").asLong(), r.get("title").asString(null),
                r.get("outlet").asString(null), r.get("author").asString(null), r.get("published").asString(null),
                r.get("url").asString(null), r.get("headlineIsQuestion").asBoolean(false),
                r.get("format").asString(null), r.get("file").asString(null), r.get("text").asString(""),
                ints(r.get("paragraphStarts")), ints(r.get("paragraphEnds")), r.get("ingestedAt").asString(null),
                r.get("syndicatesOf").asString(null), r.get("extractorVersion").asString(null));
    }

    private static List<Integer> ints(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asInt);
    }

    /** An article as stored, with the version of the extraction stored with it. */
    record StoredArticle(String id, String contentHash, long simhash, String title, String outlet, String author,
                         String published, String url, boolean headlineIsQuestion, String format, String file,
                         String text, List<Integer> paragraphStarts, List<Integer> paragraphEnds, String ingestedAt,
                         String syndicatesOf, String extractorVersion) {

        ArticleMeta meta() {
            return new ArticleMeta(file, title, outlet, author, published, url, headlineIsQuestion);
        }

        List<int[]> paragraphs() {
            List<int[]> out = new ArrayList<>();
            for (int i = 0; i < Math.min(paragraphStarts.size(), paragraphEnds.size()); i++) {
                out.add(new int[] {paragraphStarts.get(i), paragraphEnds.get(i)});
            }
            return out;
        }

        ArticleText articleText() {
            return new ArticleText(text, paragraphs(), meta());
        }

        ArticleRecord toRecord() {
            return new ArticleRecord(id, contentHash, simhash, title, outlet, author, published, url,
                    headlineIsQuestion, format, file, text, paragraphStarts, paragraphEnds, syndicatesOf);
        }
    }
}
