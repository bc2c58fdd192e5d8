package org.conflictgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.conflictgraph.problem.BadInputException;
import org.conflictgraph.problem.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The named researcher queries, read once from {@code classpath:cypher/queries/*.cypher} (the top-level
 * {@code cypher/} folder is packaged into the jar). They run through {@link ReadOnlyCypher}: same read-only checks,
 * timeout and row cap as {@code POST /api/cypher}. A malformed file stops startup with its name and the problem.
 */
@Service
class NamedQueries {

    private final Map<String, NamedQuery> queries;
    private final ReadOnlyCypher cypher;

    NamedQueries(ReadOnlyCypher cypher) {
        this.cypher = cypher;
        this.queries = load();
    }

    private static Map<String, NamedQuery> load() {
        Map<String, NamedQuery> byName = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:cypher/queries/*.cypher")) {
                String file = r.getFilename();
                var query = NamedQuery.parse(file, r.getContentAsString(StandardCharsets.UTF_8));
                byName.putIfAbsent(query.name(), query);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read cypher/queries", e);
        }
        return byName;
    }

    Collection<NamedQuery> all() {
        return queries.values();
    }

    NamedQuery get(String name) {
        NamedQuery q = queries.get(name);
        if (q == null) {
            throw new NotFoundException("query-not-found", "Named query not found",
                    "No named query '" + name + "'; GET /api/queries lists them.");
        }
        return q;
    }

    CypherResult run(String name, Map<String, Object> given) {
        NamedQuery q = get(name);
        Map<String, Object> params = new HashMap<>();
        Map<String, Object> input = given == null ? Map.of() : given;
        for (String key : input.keySet()) {
            if (q.params().stream().noneMatch(p -> p.name().equals(key))) {
                throw new BadInputException("unknown-query-parameter", "Unknown query parameter",
                        "Query '" + name + "' has no parameter '" + key + "'; it takes "
                                + q.params().stream().map(NamedQuery.Param::name).toList() + ".");
            }
        }
        for (NamedQuery.Param p : q.params()) {
            Object value = input.containsKey(p.name()) ? input.get(p.name()) : p.defaultValue();
            if (value == null && p.required()) {
                throw new BadInputException("missing-query-parameter", "Missing query parameter",
                        "Query '" + name + "' needs parameter '" + p.name() + "' (" + p.type() + ").");
            }
            try {
                params.put(p.name(), NamedQuery.coerce(p.name(), p.type(), value));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("invalid-query-parameter", "Invalid query parameter", e.getMessage(), e);
            }
        }
        return cypher.run(q.cypher(), params);
    }
}
