package org.conflictgraph.graph.identity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.graph.NameKey;
import org.conflictgraph.graph.ResolutionContext;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/** Writes entity nodes the way the graph writer stores them, and runs reads in a transaction. */
final class IdentityFixtures {

    private final Driver driver;

    IdentityFixtures(Driver driver) {
        this.driver = driver;
    }

    void entity(EntityKind kind, String id, String name, String... aliases) {
        List<String> al = List.of(aliases);
        write("""
                MERGE (n:$($label) {id: $id})
                SET n.name = $name, n.aliases = $aliases, n.keys = $keys, n.searchText = $searchText
                """, Map.of("label", kind.label(), "id", id, "name", name, "aliases", al,
                "keys", NameKey.ofAll(name, al), "searchText", name + " " + String.join(" ", al)));
    }

    void write(String cypher, Map<String, Object> params) {
        try (Session s = driver.session(); Transaction tx = s.beginTransaction()) {
            tx.run(cypher, params).consume();
            tx.commit();
        }
    }

    <T> T read(Function<Transaction, T> work) {
        try (Session s = driver.session(); Transaction tx = s.beginTransaction()) {
            return work.apply(tx);
        }
    }

    static ResolutionContext context(String articleId, String kindDetail, ArticleExtraction x) {
        return new ResolutionContext(articleId, "2016-05-22", kindDetail, x);
    }

    static ArticleExtraction extraction(List<ArticleExtraction.Actor> actors, List<ArticleExtraction.Place> places) {
        return new ArticleExtraction(new ArticleExtraction.ArticleMeta("f.txt", "t", "Outlet", null, "2016-05-22",
                null, false), actors, List.of(), places, List.of(), List.of(), List.of(), List.of());
    }

    static ArticleExtraction.Actor actor(String name, List<String> aliases, List<String> roles, List<String> factions) {
        return new ArticleExtraction.Actor(name, aliases, roles, factions, 1.0);
    }

    static ArticleExtraction.Place place(String name, String in) {
        return new ArticleExtraction.Place(name, List.of(), "DISTRICT", in, 1.0);
    }
}
