package org.conflictgraph.graph;

import java.util.List;

import org.conflictgraph.extraction.ArticleExtraction;
import org.neo4j.driver.QueryRunner;

/**
 * Decides which node an entity name of an article denotes. The writer calls it inside the article's write
 * transaction for every actor, faction, place and source (including places named only as an enclosing place and
 * factions named only in {@code speaks_for}), then MERGEs the node on the returned id and adds the name, aliases
 * and their {@link NameKey keys} to it.
 * <p>
 * Implementations read through {@code tx} (never write through it) and must be deterministic for the same graph
 * state: concurrent writers resolving the same new name should return the same id, so MERGE collapses them.
 * The default is {@link KeyEntityResolver}; a better one replaces it as a {@code @Primary} bean.
 */
public interface EntityResolver {

    /**
     * @param tx      the article's write transaction (for reads)
     * @param kind    which node label the entity gets
     * @param name    the fullest name the article gives
     * @param aliases the article's other spellings of it
     * @param ctx     the article and the entity's own kind
     * @return the id of an existing node of that label, or a new id for a node the writer will create
     */
    String resolve(QueryRunner tx, EntityKind kind, String name, List<String> aliases, ResolutionContext ctx);

    /**
     * The resolver for the names of one article, used only while the writer resolves them (before it writes
     * anything): it may fetch the candidates of all the article's names in a few batched reads instead of
     * several round trips per name, and must answer exactly as {@link #resolve} would. The default is this.
     *
     * @param tx         the article's write transaction (for reads)
     * @param articleId  the article being written
     * @param extraction the article's extraction (every name it will resolve comes from it)
     */
    default EntityResolver forArticle(QueryRunner tx, String articleId, ArticleExtraction extraction) {
        return this;
    }
}
