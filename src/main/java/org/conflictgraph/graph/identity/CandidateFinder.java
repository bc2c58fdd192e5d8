package org.conflictgraph.graph.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.graph.GraphTransactions;
import org.conflictgraph.graph.identity.IdentityResolver.ActorContext;
import org.conflictgraph.graph.identity.IdentityResolver.Candidate;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;

/**
 * Blocking: the existing nodes a name could denote, found by spelling, identity key and full-text. Reads only.
 * The finder of one article ({@link #prefetch}) fetches the spelling and full-text candidates and the enclosing-place
 * chains of all the article's names in three batched statements and remembers every read while they are resolved
 * (the graph does not change then), so resolution costs a few round trips per article instead of several per
 * name; a name it did not foresee is looked up on its own, with the same statements as the shared finder.
 */
final class CandidateFinder {

    private static final String COLUMNS = """
            n.id AS id, n.name AS name, n.aliases AS aliases, n.keys AS keys, n.splitKeys AS splitKeys
            """;
    private static final String RETURN = " RETURN " + COLUMNS;
    private static final String BY_FORMS = """
            MATCH (n:$($label)) WHERE any(k IN coalesce(n.keys, []) WHERE k IN $forms)
            """ + RETURN + " LIMIT 200";
    private static final String BY_FULLTEXT = """
            CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node AS n
            WITH n WHERE $label IN labels(n)
            """ + RETURN;
    /** Nodes named by an acronym, for a long form's initials. */
    private static final String ACRONYMS = """
            MATCH (n:$($label)) WHERE n.name =~ '[A-Z0-9. -]{2,12}'
               OR any(a IN coalesce(n.aliases, []) WHERE a =~ '[A-Z0-9. -]{2,12}')
            """ + RETURN + " LIMIT 1000";
    /** Nodes with a long name (three words or more), for an acronym. */
    private static final String LONG_FORMS = """
            MATCH (n:$($label)) WHERE size(split(trim(n.name), ' ')) >= 3
               OR any(a IN coalesce(n.aliases, []) WHERE size(split(trim(a), ' ')) >= 3)
            """ + RETURN + " LIMIT 3000";
    /** An actor's factions (related, or named in the same articles), roles and co-mentioned people. */
    private static final String CONTEXT = """
            MATCH (n:Actor {id: $id})
            OPTIONAL MATCH (n)--(f:Faction)
            WITH n, collect(DISTINCT f.name) AS fnames, collect(DISTINCT f.aliases) AS faliases
            OPTIONAL MATCH (n)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(g:Faction)
            WITH n, fnames, faliases, collect(DISTINCT g.name) AS gnames
            OPTIONAL MATCH (n)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(co:Actor) WHERE co <> n
            WITH n, fnames, faliases, gnames, collect(DISTINCT co.name) AS cos
            RETURN coalesce(n.roles, []) AS roles,
                   fnames + reduce(a = [], x IN faliases | a + coalesce(x, [])) + gnames AS factions,
                   cos AS co
            """;
    private static final String PLACE_CHAIN = """
            MATCH (p:Place) WHERE any(k IN coalesce(p.keys, []) WHERE k IN $forms)
            OPTIONAL MATCH (p)-[:IN*1..6]->(q:Place)
            RETURN collect(DISTINCT q.name) AS names
            """;
    private static final String CANDIDATE_CHAIN = """
            MATCH (c:Place {id: $id})
            OPTIONAL MATCH (c)-[:IN]->(parent:Place)
            OPTIONAL MATCH (c)-[:IN*1..6]->(q:Place)
            RETURN collect(DISTINCT parent.name) + reduce(a = [], x IN collect(DISTINCT parent.aliases) | a + coalesce(x, [])) AS parents,
                   collect(DISTINCT q.name) + reduce(a = [], x IN collect(DISTINCT q.aliases) | a + coalesce(x, [])) AS chain
            """;

    /** The spelling candidates of many names: each lookup's own {@code BY_FORMS}, in one statement. */
    private static final String BY_FORMS_BATCH = GraphTransactions.KEEP_PLAN + """
            UNWIND $lookups AS l
            CALL (l) {
              MATCH (n:$(l.label)) WHERE any(k IN coalesce(n.keys, []) WHERE k IN l.forms)
              RETURN n LIMIT 200
            }
            RETURN l.key AS lookup,
            """ + COLUMNS;
    /** The full-text candidates of many queries (any label: each name keeps its own label's), in one statement. */
    private static final String BY_FULLTEXT_BATCH = GraphTransactions.KEEP_PLAN + """
            UNWIND $queries AS q
            CALL (q) {
              CALL db.index.fulltext.queryNodes('entity_names', q, {limit: $limit}) YIELD node AS n
              RETURN n
            }
            RETURN q AS lookup, labels(n) AS labels,
            """ + COLUMNS;
    /** {@code PLACE_CHAIN} for several enclosing-place names, in one statement. */
    private static final String PLACE_CHAINS = GraphTransactions.KEEP_PLAN + """
            UNWIND $ins AS i
            CALL (i) {
              MATCH (p:Place) WHERE any(k IN coalesce(p.keys, []) WHERE k IN i.forms)
              OPTIONAL MATCH (p)-[:IN*1..6]->(q:Place)
              RETURN collect(DISTINCT q.name) AS names
            }
            RETURN i.in AS in, names
            """;
    private static final String CANDIDATE_CHAINS = GraphTransactions.KEEP_PLAN + """
            UNWIND $ids AS id
            MATCH (c:Place {id: id})
            OPTIONAL MATCH (c)-[:IN]->(parent:Place)
            OPTIONAL MATCH (c)-[:IN*1..6]->(q:Place)
            RETURN id,
                   collect(DISTINCT parent.name) + reduce(a = [], x IN collect(DISTINCT parent.aliases) | a + coalesce(x, [])) AS parents,
                   collect(DISTINCT q.name) + reduce(a = [], x IN collect(DISTINCT q.aliases) | a + coalesce(x, [])) AS chain
            """;

    /** Null in the shared finder; in an article's finder, every read made so far, by statement and parameters. */
    private final Map<String, List<Candidate>> byForms;
    private final Map<String, List<LabelledCandidate>> byFulltext;
    private final Map<String, List<Candidate>> byLabel;
    private final Map<String, Set<String>> placeChains;
    private final Map<String, Chain> candidateChains;
    private final Map<String, Record> contexts;

    CandidateFinder() {
        this(false);
    }

    private CandidateFinder(boolean remembers) {
        this.byForms = remembers ? new HashMap<>() : null;
        this.byFulltext = remembers ? new HashMap<>() : null;
        this.byLabel = remembers ? new HashMap<>() : null;
        this.placeChains = remembers ? new HashMap<>() : null;
        this.candidateChains = remembers ? new HashMap<>() : null;
        this.contexts = remembers ? new HashMap<>() : null;
    }

    /** A name to look up: its spellings and identity keys, as {@link #find} gets them. */
    record Lookup(EntityKind kind, List<String> names, Set<String> keys) {
    }

    /**
     * The finder for one article's resolution: the spelling and full-text candidates of {@code lookups} and the
     * chains of the enclosing places {@code enclosing} fetched in three statements. Use it only while nothing is
     * written in {@code tx}.
     */
    static CandidateFinder prefetch(QueryRunner tx, Collection<Lookup> lookups, Collection<String> enclosing) {
        CandidateFinder f = prefetch(tx, lookups);
        Map<String, Map<String, Object>> ins = new LinkedHashMap<>();
        for (String in : enclosing) {
            if (in != null && !ins.containsKey(in)) {
                ins.put(in, Map.of("in", in, "forms", placeChainForms(in)));
            }
        }
        if (!ins.isEmpty()) {
            for (Record r : tx.run(PLACE_CHAINS, Map.of("ins", List.copyOf(ins.values()))).list()) {
                Set<String> out = new LinkedHashSet<>();
                strings(r, "names").forEach(n -> out.add(NameKeys.norm(n)));
                f.placeChains.put(r.get("in").asString(), out);
            }
        }
        return f;
    }

    /**
     * The finder for one article's resolution: the spelling and full-text candidates of {@code lookups} fetched
     * in two statements. Use it only while nothing is written in {@code tx}.
     */
    static CandidateFinder prefetch(QueryRunner tx, Collection<Lookup> lookups) {
        CandidateFinder f = new CandidateFinder(true);
        Map<String, Map<String, Object>> forms = new LinkedHashMap<>();
        Set<String> queries = new LinkedHashSet<>();
        for (Lookup l : lookups) {
            List<String> fs = forms(l.names(), l.keys());
            String key = formsKey(l.kind(), fs);
            forms.putIfAbsent(key, Map.of("key", key, "label", l.kind().label(), "forms", fs));
            String q = fulltextQuery(l.names());
            if (!q.isEmpty()) {
                queries.add(q);
            }
        }
        if (!forms.isEmpty()) {
            forms.keySet().forEach(k -> f.byForms.put(k, new ArrayList<>()));
            for (Record r : tx.run(BY_FORMS_BATCH, Map.of("lookups", List.copyOf(forms.values()))).list()) {
                if (!r.get("id").isNull()) {
                    f.byForms.get(r.get("lookup").asString()).add(Candidate.of(r));
                }
            }
        }
        if (!queries.isEmpty()) {
            queries.forEach(q -> f.byFulltext.put(q, new ArrayList<>()));
            for (Record r : tx.run(BY_FULLTEXT_BATCH, Map.of("queries", List.copyOf(queries), "limit",
                    FULLTEXT_LIMIT)).list()) {
                if (r.get("id").isNull()) {
                    continue;
                }
                f.byFulltext.get(r.get("lookup").asString())
                        .add(new LabelledCandidate(Set.copyOf(r.get("labels").asList(v -> v.asString())),
                                Candidate.of(r)));
            }
        }
        return f;
    }

    List<Candidate> find(QueryRunner tx, EntityKind kind, List<String> names, Set<String> keys) {
        Map<String, Candidate> out = new LinkedHashMap<>();
        List<String> forms = forms(names, keys);
        String label = kind.label();
        if (byForms == null) {
            add(out, tx.run(BY_FORMS, Map.of("label", label, "forms", forms)).list());
        } else {
            addAll(out, byForms.computeIfAbsent(formsKey(kind, forms),
                    k -> candidates(tx.run(BY_FORMS, Map.of("label", label, "forms", forms)).list())));
        }
        String query = fulltextQuery(names);
        if (!query.isEmpty()) {
            if (byFulltext == null) {
                add(out, tx.run(BY_FULLTEXT, Map.of("query", query, "limit", FULLTEXT_LIMIT, "label", label))
                        .list());
            } else {
                List<LabelledCandidate> found = byFulltext.get(query);
                if (found != null) {
                    found.stream().filter(c -> c.labels().contains(label)).forEach(c -> out.putIfAbsent(
                            c.candidate().id(), c.candidate()));
                } else {
                    add(out, tx.run(BY_FULLTEXT, Map.of("query", query, "limit", FULLTEXT_LIMIT, "label", label))
                            .list());
                }
            }
        }
        if (kind == EntityKind.FACTION || kind == EntityKind.SOURCE) {
            if (keys.stream().anyMatch(k -> k.startsWith(NameKeys.INITIALS))) {
                addAll(out, byLabel(tx, ACRONYMS, label));
            }
            if (keys.stream().anyMatch(k -> k.startsWith(NameKeys.ACRONYM))) {
                addAll(out, byLabel(tx, LONG_FORMS, label));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The forms a name's stored keys are matched against: its normalised spellings, then its keys' surface forms. */
    private static List<String> forms(List<String> names, Set<String> keys) {
        Set<String> forms = new LinkedHashSet<>(IdentityResolver.norms(names));
        forms.addAll(NameKeys.surfaceForms(NameKeys.lookupKeys(keys)));
        return List.copyOf(forms);
    }

    private static String formsKey(EntityKind kind, List<String> forms) {
        return kind.label() + "\u001f" + String.join("\u001f", forms);
    }

    /** A statement over a whole label (acronyms, long forms): the same for every name of the article. */
    private List<Candidate> byLabel(QueryRunner tx, String statement, String label) {
        if (byLabel == null) {
            return candidates(tx.run(statement, Map.of("label", label)).list());
        }
        return byLabel.computeIfAbsent(statement + label,
                k -> candidates(tx.run(statement, Map.of("label", label)).list()));
    }

    private static final int FULLTEXT_LIMIT = 60;

    private static void add(Map<String, Candidate> out, List<Record> records) {
        addAll(out, candidates(records));
    }

    private static void addAll(Map<String, Candidate> out, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            out.putIfAbsent(c.id(), c);
        }
    }

    private static List<Candidate> candidates(List<Record> records) {
        List<Candidate> out = new ArrayList<>();
        for (Record r : records) {
            if (!r.get("id").isNull()) {
                out.add(Candidate.of(r));
            }
        }
        return out;
    }

    private record LabelledCandidate(Set<String> labels, Candidate candidate) {
    }

    /** A place node's direct parents and everything enclosing it (names and aliases). */
    private record Chain(List<String> parents, List<String> chain) {
    }

    /** Lucene query: each distinctive token of each spelling, fuzzily ("mansoor~1" finds "Mansour"). */
    static String fulltextQuery(Collection<String> names) {
        Set<String> terms = new LinkedHashSet<>();
        for (String n : names) {
            for (String t : NameKeys.tokens(n)) {
                if (t.length() < 3 || NameKeys.GENERIC.contains(t) || NameKeys.HONORIFICS.contains(t)
                        || !t.chars().allMatch(Character::isLetterOrDigit)) {
                    continue;
                }
                terms.add(t.length() >= 8 ? t + "~2" : t.length() >= 4 ? t + "~1" : t);
            }
        }
        return String.join(" OR ", terms);
    }

    /** Whether the actor's node shares a faction, a role word or a co-mentioned person with the article. */
    boolean contextAgrees(QueryRunner tx, String id, ActorContext ctx) {
        Record r = contexts == null ? context(tx, id) : contexts.computeIfAbsent(id, k -> context(tx, k));
        if (r == null) {
            return false;
        }
        List<String> factions = strings(r, "factions");
        List<String> roles = strings(r, "roles");
        List<String> co = strings(r, "co");
        Set<String> theirFactionKeys = new LinkedHashSet<>();
        for (String f : factions) {
            theirFactionKeys.addAll(NameKeys.keys(EntityKind.FACTION, f));
        }
        for (String f : ctx.factions()) {
            if (NameKeys.keys(EntityKind.FACTION, f).stream().anyMatch(theirFactionKeys::contains)) {
                return true;
            }
        }
        Set<String> theirRoleWords = roleWords(roles);
        if (roleWords(ctx.roles()).stream().anyMatch(theirRoleWords::contains)) {
            return true;
        }
        for (String other : ctx.otherActors()) {
            for (String c : co) {
                if (PersonNames.compare(other, List.of(), c, List.of()) == PersonNames.Match.SAME) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Record context(QueryRunner tx, String id) {
        List<Record> rs = tx.run(CONTEXT, Map.of("id", id)).list();
        return rs.isEmpty() ? null : rs.getFirst();
    }

    private static Set<String> roleWords(Collection<String> roles) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : roles) {
            for (String t : NameKeys.tokens(r)) {
                if (t.length() >= 4 && !NameKeys.GENERIC.contains(t) && !t.equals("leader")
                        && !t.equals("commander") && !t.equals("spokesman")) {
                    out.add(NameKeys.fold(t));
                }
            }
        }
        return out;
    }

    /** Normalised names of the places enclosing the place named {@code in} (as far as the graph knows). */
    Set<String> placeChain(QueryRunner tx, String in) {
        return placeChains == null ? readPlaceChain(tx, in) : placeChains.computeIfAbsent(in, k -> readPlaceChain(tx, k));
    }

    private static List<String> placeChainForms(String in) {
        Set<String> forms = new LinkedHashSet<>(List.of(NameKeys.norm(in)));
        forms.addAll(NameKeys.surfaceForms(NameKeys.keys(EntityKind.PLACE, in)));
        return List.copyOf(forms);
    }

    private static Set<String> readPlaceChain(QueryRunner tx, String in) {
        List<Record> rs = tx.run(PLACE_CHAIN, Map.of("forms", placeChainForms(in))).list();
        Set<String> out = new LinkedHashSet<>();
        if (!rs.isEmpty()) {
            strings(rs.getFirst(), "names").forEach(n -> out.add(NameKeys.norm(n)));
        }
        return out;
    }

    /**
     * Whether a place node can be the place an article puts in {@code inNorms} (the named enclosing place
     * first, then what encloses it): a node with no known enclosing place can; otherwise its direct parent
     * must be on the article's chain, or the article's enclosing place on the node's chain. Two districts
     * of one name in different provinces fail.
     */
    boolean hierarchyAgrees(QueryRunner tx, String id, Set<String> inNorms) {
        List<Record> rs = tx.run(CANDIDATE_CHAIN, Map.of("id", id)).list();
        if (rs.isEmpty()) {
            return true;
        }
        return agrees(new Chain(strings(rs.getFirst(), "parents"), strings(rs.getFirst(), "chain")), inNorms);
    }

    /** {@link #hierarchyAgrees} for several candidates: the places among {@code ids} that agree, in order. */
    List<String> agreeingPlaces(QueryRunner tx, List<String> ids, Set<String> inNorms) {
        if (candidateChains == null) {
            return ids.stream().filter(id -> hierarchyAgrees(tx, id, inNorms)).toList();
        }
        List<String> missing = ids.stream().distinct().filter(id -> !candidateChains.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(id -> candidateChains.put(id, null)); // no such node: nothing to disagree with
            for (Record r : tx.run(CANDIDATE_CHAINS, Map.of("ids", missing)).list()) {
                candidateChains.put(r.get("id").asString(), new Chain(strings(r, "parents"), strings(r, "chain")));
            }
        }
        return ids.stream().filter(id -> {
            Chain c = candidateChains.get(id);
            return c == null || agrees(c, inNorms);
        }).toList();
    }

    private static boolean agrees(Chain c, Set<String> inNorms) {
        Set<String> parents = IdentityResolver.norms(c.parents());
        Set<String> chain = IdentityResolver.norms(c.chain());
        if (parents.isEmpty()) {
            return true;
        }
        String in = inNorms.iterator().next();
        return parents.stream().anyMatch(inNorms::contains) || chain.contains(in);
    }

    private static List<String> strings(Record r, String key) {
        if (r.get(key).isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : r.get(key).asList()) {
            if (o != null) {
                out.add(o.toString());
            }
        }
        return out;
    }
}
