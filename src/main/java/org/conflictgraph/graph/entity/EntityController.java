package org.conflictgraph.graph.entity;

import java.util.List;
import java.util.Map;

import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search and entity pages: {@code GET /api/actors|factions|places|sources?q=} (q normalised like the scorer's
 * {@code norm()}, exact name/alias matches first, then identity keys, then fuzzy) and
 * {@code GET /api/actors|factions|places/{id}} with relations and the claims behind each.
 */
@RestController
class EntityController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final EntityReader reader;

    EntityController(EntityReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/{kinds:actors|factions|places|sources}")
    Page search(@PathVariable String kinds, @RequestParam(required = false) String q,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        return reader.search(kindOf(kinds), q, limit(limit), offset(cursor));
    }

    /** Sources have their own page with stance counts ({@code query}: GET /api/sources/{id}). */
    @GetMapping("/api/{kinds:actors|factions|places}/{id}")
    Map<String, Object> entity(@PathVariable String kinds, @PathVariable String id) {
        EntityKind kind = kindOf(kinds);
        return reader.entity(kind, id).orElseThrow(() -> new NotFoundException("entity-not-found",
                "No such entity", "There is no " + kind.label().toLowerCase() + " with id '" + id
                        + "'; search with GET /api/" + kinds + "?q=<name> to find its id."));
    }

    static EntityKind kindOf(String path) {
        return switch (path) {
            case "actors" -> EntityKind.ACTOR;
            case "factions" -> EntityKind.FACTION;
            case "places" -> EntityKind.PLACE;
            default -> EntityKind.SOURCE;
        };
    }

    static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("invalid-limit", "Invalid limit",
                "limit must be a whole number from 1 to " + MAX_LIMIT + "; got '" + raw + "'.");
    }

    static int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(cursor.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("invalid-cursor", "Invalid cursor",
                "cursor must be the 'next' value of a previous answer; got '" + cursor + "'.");
    }

    /** A page of a list: items and the cursor of the next page (null on the last). */
    record Page(List<Map<String, Object>> items, String next) {
    }
}
