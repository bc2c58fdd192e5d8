package org.conflictgraph.article;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds the first-seen article a new one is a syndicated copy of: stored articles whose SimHash is within a few
 * bits are candidates, and a candidate counts when the two bodies' shingle sets overlap enough (Jaccard), so a
 * SimHash collision never links unrelated stories. Copies of copies link to the original.
 */
@Component
class NearDuplicates {

    /** SimHash bits two copies with small edits may differ in. */
    static final int MAX_DISTANCE = 12;
    /** Shingle overlap that makes a candidate a copy. */
    static final double MIN_RESEMBLANCE = 0.5;

    private final Neo4jClient neo4j;

    NearDuplicates(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The id of the first-seen article this one copies, or empty. */
    Optional<String> firstSeenCopyOf(ParsedArticle article) {
        long simhash = article.fingerprint().simhash();
        List<Candidate> candidates = neo4j.query("""
                        MATCH (a:Article)
                        WHERE a.simhash IS NOT NULL AND a.id <> $id
                        RETURN a.id AS id, a.simhash AS simhash, toString(a.ingestedAt) AS ingestedAt
                        """)
                .bind(article.id()).to("id")
                .fetchAs(Candidate.class)
                .mappedBy((types, r) -> new Candidate(r.get("id").asString(), r.get("simhash").asLong(),
                        r.get("ingestedAt").asString("")))
                .all().stream()
                .filter(c -> ContentFingerprint.distance(c.simhash(), simhash) <= MAX_DISTANCE)
                .sorted(Comparator.comparing(Candidate::ingestedAt))
                .toList();
        for (Candidate c : candidates) {
            Optional<Map<String, Object>> stored = neo4j.query("""
                            MATCH (a:Article {id: $id})
                            OPTIONAL MATCH (a)-[:SYNDICATES]->(o:Article)
                            RETURN a.text AS text, o.id AS original
                            """)
                    .bind(c.id()).to("id").fetch().one();
            if (stored.isEmpty() || stored.get().get("text") == null) {
                continue;
            }
            if (ContentFingerprint.resemblance(article.article().text(), (String) stored.get().get("text"))
                    >= MIN_RESEMBLANCE) {
                Object original = stored.get().get("original");
                return Optional.of(original != null ? (String) original : c.id());
            }
        }
        return Optional.empty();
    }

    private record Candidate(String id, long simhash, String ingestedAt) {
    }
}
