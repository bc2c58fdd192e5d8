package org.conflictgraph.graph.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.graph.identity.IdentityResolver.ActorContext;
import org.conflictgraph.graph.identity.IdentityResolver.Candidate;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;

/** Blocking: the existing nodes a name could denote, found by spelling, identity key and full-text. Reads only. */
final class CandidateFinder {

    private static final String RETURN = """
             RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.keys AS keys, n.splitKeys AS splitKeys
            """;
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

    List<Candidate> find(QueryRunner tx, EntityKind kind, List<String> names, Set<String> keys) {
        Map<String, Candidate> out = new LinkedHashMap<>();
        Set<String> forms = new LinkedHashSet<>(IdentityResolver.norms(names));
        forms.addAll(NameKeys.surfaceForms(NameKeys.lookupKeys(keys)));
        add(out, tx.run(BY_FORMS, Map.of("label", kind.label(), "forms", List.copyOf(forms))).list());
        String query = fulltextQuery(names);
        if (!query.isEmpty()) {
            add(out, tx.run(BY_FULLTEXT, Map.of("query", query, "limit", FULLTEXT_LIMIT, "label", kind.label()))
                    .list());
        }
        if (kind == EntityKind.FACTION || kind == EntityKind.SOURCE) {
            if (keys.stream().anyMatch(k -> k.startsWith(NameKeys.INITIALS))) {
                add(out, tx.run(ACRONYMS, Map.of("label", kind.label())).list());
            }
            if (keys.stream().anyMatch(k -> k.startsWith(NameKeys.ACRONYM))) {
                add(out, tx.run(LONG_FORMS, Map.of("label", kind.label())).list());
            }
        }
        return new ArrayList<>(out.values());
    }

    private static final int FULLTEXT_LIMIT = 60;

    private static void add(Map<String, Candidate> out, List<Record> records) {
        for (Record r : records) {
            if (!r.get("id").isNull()) {
                out.putIfAbsent(r.get("id").asString(), Candidate.of(r));
            }
        }
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
        List<Record> rs = tx.run(CONTEXT, Map.of("id", id)).list();
        if (rs.isEmpty()) {
            return false;
        }
        Record r = rs.getFirst();
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
        Set<String> forms = new LinkedHashSet<>(List.of(NameKeys.norm(in)));
        forms.addAll(NameKeys.surfaceForms(NameKeys.keys(EntityKind.PLACE, in)));
        List<Record> rs = tx.run(PLACE_CHAIN, Map.of("forms", List.copyOf(forms))).list();
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
        Set<String> parents = IdentityResolver.norms(strings(rs.getFirst(), "parents"));
        Set<String> chain = IdentityResolver.norms(strings(rs.getFirst(), "chain"));
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
