package org.conflictgraph.graph.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.graph.identity.IdentityResolver.Candidate;
import org.neo4j.driver.QueryRunner;
import org.springframework.stereotype.Component;

/**
 * Ranks the nodes of one kind for a searched name, best first: the name itself, then an alias, then an
 * identity key (a transliteration, an acronym, a state's capital), then a lone name's partial match for
 * people, then close spellings and word containment. Reads only.
 */
@Component
public class NameSearch {

    /** How a node matched the query; lower is better. */
    public enum Tier { NAME, ALIAS, KEY, PARTIAL, FUZZY }

    /** A matching node. */
    public record Hit(String id, Tier tier) {
    }

    private static final double CLOSE = 0.90;

    private final CandidateFinder finder = new CandidateFinder();

    public List<Hit> search(QueryRunner tx, EntityKind kind, String q) {
        String n = NameKeys.norm(q);
        if (n.isEmpty()) {
            return List.of();
        }
        List<String> names = List.of(q.strip());
        Set<String> keys = NameKeys.keys(kind, q);
        Set<String> lookup = NameKeys.lookupKeys(keys);
        List<Hit> hits = new ArrayList<>();
        for (Candidate c : finder.find(tx, kind, names, keys)) {
            Tier t = tier(kind, q, n, lookup, c);
            if (t != null) {
                hits.add(new Hit(c.id(), t));
            }
        }
        hits.sort(Comparator.comparing(Hit::tier));
        return hits;
    }

    private static Tier tier(EntityKind kind, String q, String n, Set<String> lookup, Candidate c) {
        if (NameKeys.norm(c.name()).equals(n)) {
            return Tier.NAME;
        }
        if (c.aliases().stream().map(NameKeys::norm).anyMatch(n::equals)) {
            return Tier.ALIAS;
        }
        if (kind == EntityKind.ACTOR || kind == EntityKind.SOURCE) {
            PersonNames.Match m = PersonNames.compare(q, List.of(), c.name(), c.aliases());
            if (m == PersonNames.Match.SAME) {
                return Tier.KEY;
            }
            if (kind == EntityKind.ACTOR && (m == PersonNames.Match.SINGLE || m == PersonNames.Match.SURNAME
                    || m == PersonNames.Match.GIVEN)) {
                return Tier.PARTIAL;
            }
        }
        if (kind != EntityKind.ACTOR && NameKeys.keys(kind, c.name(), c.aliases()).stream().anyMatch(lookup::contains)) {
            return Tier.KEY;
        }
        String own = NameKeys.key(kind, q);
        List<String> qTokens = NameKeys.tokens(q);
        List<String> distinctive = qTokens.stream().filter(t -> !NameKeys.GENERIC.contains(t)).toList();
        for (String name : c.allNames()) {
            List<String> tokens = NameKeys.tokens(name);
            String theirs = NameKeys.key(kind, name);
            // a close spelling of the whole name (same number of words), never a mere shared prefix
            if (own.length() >= 5 && tokens.size() == qTokens.size() && theirs.length() >= 5) {
                double jw = JaroWinkler.similarity(own, theirs);
                if (jw >= 0.95 || (jw >= CLOSE && NameKeys.skeleton(own).equals(NameKeys.skeleton(theirs)))) {
                    return Tier.FUZZY;
                }
            }
            // every distinctive word of the query in the name ("the Observatory")
            if (!distinctive.isEmpty() && tokens.containsAll(qTokens)) {
                return Tier.FUZZY;
            }
        }
        return null;
    }
}
