package org.conflictgraph.graph;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.QueryRunner;
import org.springframework.stereotype.Component;

/**
 * The default identity: an existing node of the kind whose {@code keys} contain the name's {@link NameKey}, else a
 * new id hashed from kind and key (so concurrent writers of the same new name agree).
 */
@Component
class KeyEntityResolver implements EntityResolver {

    private static final Map<EntityKind, String> FIND_BY_KEY = new EnumMap<>(Map.of(
            EntityKind.ACTOR, "MATCH (n:Actor) WHERE $key IN n.keys RETURN n.id AS id ORDER BY n.id LIMIT 1",
            EntityKind.FACTION, "MATCH (n:Faction) WHERE $key IN n.keys RETURN n.id AS id ORDER BY n.id LIMIT 1",
            EntityKind.PLACE, "MATCH (n:Place) WHERE $key IN n.keys RETURN n.id AS id ORDER BY n.id LIMIT 1",
            EntityKind.SOURCE, "MATCH (n:Source) WHERE $key IN n.keys RETURN n.id AS id ORDER BY n.id LIMIT 1"));

    @Override
    public String resolve(QueryRunner tx, EntityKind kind, String name, List<String> aliases, ResolutionContext ctx) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            key = name == null ? "" : name.strip();
        }
        var found = tx.run(FIND_BY_KEY.get(kind), Map.of("key", key)).list();
        if (!found.isEmpty()) {
            return found.getFirst().get("id").asString();
        }
        return newId(kind, key);
    }

    /** The id a new node gets for a name key: the same in every writer. */
    static String newId(EntityKind kind, String key) {
        return GraphIds.of(kind.name().toLowerCase(Locale.ROOT), key);
    }
}
