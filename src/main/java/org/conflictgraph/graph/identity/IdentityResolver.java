package org.conflictgraph.graph.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.graph.EntityKind;
import org.conflictgraph.graph.EntityResolver;
import org.conflictgraph.graph.GraphIds;
import org.conflictgraph.graph.ResolutionContext;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Cross-article identity. Candidates come by blocking (a shared spelling, a shared identity key such as a
 * transliteration fold, an acronym or a state's names, and a fuzzy full-text look-up); each is then judged
 * on the names (full names must agree for people, see {@link PersonNames}) and on the context (shared
 * faction, role or co-mentioned actors for a lone name; the enclosing place for places). Names an analyst split
 * off a node never lead back to it. A name with no match gets an id hashed from its identity key, so
 * concurrent writers of one new name agree.
 */
@Primary
@Component
class IdentityResolver implements EntityResolver {

    private static final double FUZZY = 0.90;

    private final CandidateFinder finder;

    IdentityResolver() {
        this(new CandidateFinder());
    }

    private IdentityResolver(CandidateFinder finder) {
        this.finder = finder;
    }

    /** A resolver whose finder fetched the candidates of every name the article can ask for, in two statements. */
    @Override
    public EntityResolver forArticle(QueryRunner tx, String articleId, ArticleExtraction x) {
        if (x == null) {
            return this;
        }
        List<CandidateFinder.Lookup> lookups = new ArrayList<>();
        List<String> enclosing = new ArrayList<>();
        // every name the writer resolves (ArticleContribution.Entities), with its kind; a name missed here is
        // still resolved, by its own look-up
        ResolutionContext ctx = new ResolutionContext(articleId, null, null, x);
        x.actors().forEach(a -> lookup(EntityKind.ACTOR, a.name(), a.aliases(), ctx, lookups));
        x.factions().forEach(f -> lookup(EntityKind.FACTION, f.name(), f.aliases(), ctx, lookups));
        for (ArticleExtraction.Place p : x.places()) {
            lookup(EntityKind.PLACE, p.name(), p.aliases(), ctx, lookups);
            lookup(EntityKind.PLACE, p.in(), List.of(), ctx, lookups);
            String in = p.name() == null ? null : enclosing(p.name(), ctx);
            if (in != null) {
                enclosing.add(in);
            }
        }
        for (ArticleExtraction.Source s : x.sources()) {
            lookup(EntityKind.SOURCE, s.name(), List.of(), ctx, lookups);
            lookup(EntityKind.FACTION, s.speaksFor(), List.of(), ctx, lookups);
        }
        for (ArticleExtraction.Event e : x.events()) {
            e.claims().forEach(c -> lookup(EntityKind.SOURCE, c.source(), List.of(), ctx, lookups));
            lookup(EntityKind.PLACE, e.place(), List.of(), ctx, lookups);
        }
        return new IdentityResolver(CandidateFinder.prefetch(tx, lookups, enclosing));
    }

    /** The look-up {@link #resolve} will make for a name, if it makes one. */
    private static void lookup(EntityKind kind, String name, List<String> aliases, ResolutionContext ctx,
            List<CandidateFinder.Lookup> out) {
        List<String> names = names(name, aliases == null ? List.of() : aliases);
        if (names.isEmpty() || articleScoped(kind, names.getFirst(), names, ctx)) {
            return;
        }
        ArticleExtraction.Faction head = kind == EntityKind.FACTION ? definiteReference(names.getFirst(), ctx) : null;
        if (head != null) {
            lookup(kind, head.name(), head.aliases(), ctx, out);
            return;
        }
        out.add(new CandidateFinder.Lookup(kind, names, NameKeys.keys(kind, names.getFirst(),
                names.subList(1, names.size()))));
    }

    @Override
    public String resolve(QueryRunner tx, EntityKind kind, String name, List<String> aliases, ResolutionContext ctx) {
        List<String> names = names(name, aliases);
        if (names.isEmpty()) {
            return GraphIds.of(prefix(kind), ctx == null ? "" : String.valueOf(ctx.articleId()), "unnamed");
        }
        String full = names.getFirst();
        if (articleScoped(kind, full, names, ctx)) {
            return GraphIds.of(prefix(kind), ctx == null ? "" : String.valueOf(ctx.articleId()),
                    NameKeys.norm(full));
        }
        ArticleExtraction.Faction head = kind == EntityKind.FACTION ? definiteReference(full, ctx) : null;
        if (head != null) {
            return resolve(tx, kind, head.name(), head.aliases(), ctx);
        }
        Set<String> keys = NameKeys.keys(kind, full, names.subList(1, names.size()));
        List<Candidate> candidates = finder.find(tx, kind, names, keys);
        String chosen = switch (kind) {
            case ACTOR -> chooseActor(tx, full, names, candidates, ctx);
            case FACTION -> chooseByKeys(kind, names, keys, candidates);
            case PLACE -> choosePlace(tx, names, keys, candidates, ctx);
            case SOURCE -> chooseSource(full, names, keys, candidates, ctx);
        };
        return chosen != null ? chosen : newId(kind, full, keys);
    }

    /**
     * The id a new node gets: from its most canonical key, so every spelling of one new name agrees (also
     * within one article, whose names are resolved before any of its nodes exist): a state's key first (Russia,
     * Moscow and the Kremlin are one), then a known equivalence, then the lexicon's canonical name, then the
     * identity key.
     */
    static String newId(EntityKind kind, String name, Set<String> keys) {
        for (String prefix : List.of(States.COUNTRY, States.STATE, States.FORCES, "eq:", NameKeys.LEXICON)) {
            for (String k : keys) {
                if (k.startsWith(prefix)) {
                    return GraphIds.of(prefix(kind), k);
                }
            }
        }
        String key = NameKeys.key(kind, name).isEmpty() ? NameKeys.norm(name) : NameKeys.key(kind, name);
        return GraphIds.of(prefix(kind), key);
    }

    private static String prefix(EntityKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** Head nouns of institutions that an article, once it has named one, refers back to as "the Observatory". */
    private static final Set<String> INSTITUTION_HEADS = Set.of("observatory", "commission", "council", "ministry",
            "front", "movement", "brigade", "brigades", "network", "agency", "committee", "organisation",
            "organization", "coalition", "alliance", "court", "tribunal", "mission", "service", "office", "institute",
            "centre", "center", "authority", "assembly", "parliament", "corps", "directorate", "foundation");

    /**
     * The faction of the same article that a definite reference ("the Observatory", "Observatory") stands for: the only other
     * faction whose name contains the head noun. Null when the name is not such a reference or it is ambiguous.
     */
    private static ArticleExtraction.Faction definiteReference(String full, ResolutionContext ctx) {
        if (ctx == null || ctx.extraction() == null) {
            return null;
        }
        List<String> t = NameKeys.tokens(full);
        if (t.size() != 1 || !INSTITUTION_HEADS.contains(t.getFirst())) {
            return null;
        }
        ArticleExtraction.Faction found = null;
        for (ArticleExtraction.Faction f : ctx.extraction().factions()) {
            List<String> ft = NameKeys.tokens(f.name());
            if (ft.size() > 1 && ft.contains(t.getFirst())) {
                if (found != null) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }

    /**
     * Names that only mean something inside their article ("the government", "officials", "witnesses",
     * anonymous sources) never join another article's node.
     */
    private static boolean articleScoped(EntityKind kind, String full, List<String> names, ResolutionContext ctx) {
        if (kind == EntityKind.SOURCE && ctx != null && "ANONYMOUS".equals(ctx.kindDetail())) {
            return true;
        }
        if (kind == EntityKind.ACTOR) {
            return false;
        }
        boolean allGeneric = names.stream().allMatch(NameKeys::isGeneric);
        return allGeneric && NameKeys.keys(kind, full, names).isEmpty();
    }

    /**
     * The article's spellings that may lead to a candidate: those an analyst split off it never do, so a
     * split alias does not silently re-merge (the remaining spellings still may).
     */
    static List<String> effective(List<String> names, Candidate c) {
        if (c.splitKeys().isEmpty()) {
            return names;
        }
        return names.stream().filter(n -> !c.splitKeys().contains(NameKeys.norm(n))).toList();
    }

    // ------------------------------------------------------------------ actors

    private String chooseActor(QueryRunner tx, String full, List<String> names, List<Candidate> candidates,
            ResolutionContext ctx) {
        List<String> aliases = names.subList(1, names.size());
        List<Candidate> same = new ArrayList<>();
        List<Candidate> partial = new ArrayList<>();
        Map<Candidate, PersonNames.Match> how = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            List<String> mine = effective(names, c);
            if (mine.isEmpty()) {
                continue;
            }
            PersonNames.Match m = PersonNames.compare(mine.getFirst(), mine.subList(1, mine.size()), c.name(),
                    c.aliases());
            how.put(c, m);
            if (m == PersonNames.Match.SAME) {
                same.add(c);
            } else if (m == PersonNames.Match.SINGLE || m == PersonNames.Match.SURNAME || m == PersonNames.Match.GIVEN) {
                partial.add(c);
            }
        }
        if (!same.isEmpty()) {
            return best(EntityKind.ACTOR, same, NameKeys.keys(EntityKind.ACTOR, full, aliases));
        }
        if (partial.size() != 1) {
            return null; // nothing, or ambiguous: "Mansour" with two Mansours in the graph stays apart
        }
        Candidate c = partial.getFirst();
        Set<String> ownNorms = norms(names);
        boolean identical = norms(c.allNames()).stream().anyMatch(ownNorms::contains)
                && how.get(c) == PersonNames.Match.SINGLE;
        if (identical || finder.contextAgrees(tx, c.id(), actorContext(full, names, ctx))) {
            return c.id();
        }
        return null;
    }

    /** The actor's factions, roles and the other people its article names. */
    private static ActorContext actorContext(String full, List<String> names, ResolutionContext ctx) {
        Set<String> factions = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        ArticleExtraction x = ctx == null ? null : ctx.extraction();
        if (x != null) {
            Set<String> own = norms(names);
            for (ArticleExtraction.Actor a : x.actors()) {
                boolean me = own.contains(NameKeys.norm(a.name()))
                        || a.aliases().stream().map(NameKeys::norm).anyMatch(own::contains);
                if (me) {
                    factions.addAll(a.factions());
                    roles.addAll(a.roles());
                } else {
                    others.add(a.name());
                }
            }
        }
        return new ActorContext(factions, roles, others);
    }

    /** What an actor's article says around it, to confirm a lone-name match. */
    record ActorContext(Set<String> factions, Set<String> roles, Set<String> otherActors) {
    }

    // ------------------------------------------------------------------ factions, places, sources

    private static String chooseByKeys(EntityKind kind, List<String> names, Set<String> keys,
            List<Candidate> candidates) {
        List<Candidate> strong = new ArrayList<>();
        List<Candidate> open = new ArrayList<>();
        for (Candidate c : candidates) {
            List<String> mine = effective(names, c);
            if (mine.isEmpty()) {
                continue;
            }
            open.add(c);
            Set<String> lookup = mine.size() == names.size() ? NameKeys.lookupKeys(keys)
                    : NameKeys.lookupKeys(NameKeys.keys(kind, mine.getFirst(), mine));
            Set<String> theirs = NameKeys.keys(kind, c.name(), c.aliases());
            if (theirs.stream().anyMatch(lookup::contains)) {
                strong.add(c);
            }
        }
        if (!strong.isEmpty()) {
            return best(kind, strong, keys);
        }
        return fuzzy(kind, names.getFirst(), open);
    }

    /** A close spelling of a distinctive name ("Boulkessi"/"Boulikessi"), only when it is the only one. */
    private static String fuzzy(EntityKind kind, String full, List<Candidate> candidates) {
        String own = NameKeys.key(kind, full);
        if (own.length() < 6 || NameKeys.isGeneric(full)) {
            return null;
        }
        int ownTokens = NameKeys.tokens(full).size();
        List<Candidate> close = new ArrayList<>();
        for (Candidate c : candidates) {
            for (String n : c.allNames()) {
                String theirs = NameKeys.key(kind, n);
                if (NameKeys.tokens(n).size() == ownTokens && theirs.length() >= 6
                        && JaroWinkler.similarity(own, theirs) >= FUZZY
                        && NameKeys.skeleton(own).equals(NameKeys.skeleton(theirs))) {
                    close.add(c);
                    break;
                }
            }
        }
        return close.size() == 1 ? close.getFirst().id() : null;
    }

    private String choosePlace(QueryRunner tx, List<String> names, Set<String> keys, List<Candidate> candidates,
            ResolutionContext ctx) {
        String in = enclosing(names.getFirst(), ctx);
        if (in != null) {
            Set<String> inNorms = new LinkedHashSet<>(List.of(NameKeys.norm(in)));
            inNorms.addAll(finder.placeChain(tx, in));
            Set<String> agreeing = new LinkedHashSet<>(
                    finder.agreeingPlaces(tx, candidates.stream().map(Candidate::id).toList(), inNorms));
            candidates = candidates.stream().filter(c -> agreeing.contains(c.id())).toList();
        }
        return chooseByKeys(EntityKind.PLACE, names, keys, new ArrayList<>(candidates));
    }

    private static String enclosing(String full, ResolutionContext ctx) {
        if (ctx == null || ctx.extraction() == null) {
            return null;
        }
        String n = NameKeys.norm(full);
        for (ArticleExtraction.Place p : ctx.extraction().places()) {
            if (NameKeys.norm(p.name()).equals(n) && p.in() != null && !NameKeys.norm(p.in()).isEmpty()) {
                return p.in();
            }
        }
        return null;
    }

    private static String chooseSource(String full, List<String> names, Set<String> keys, List<Candidate> candidates,
            ResolutionContext ctx) {
        String detail = ctx == null ? null : ctx.kindDetail();
        if ("PERSON".equals(detail)) {
            List<Candidate> same = candidates.stream()
                    .filter(c -> !effective(names, c).isEmpty())
                    .filter(c -> {
                        List<String> mine = effective(names, c);
                        return PersonNames.compare(mine.getFirst(), mine.subList(1, mine.size()), c.name(),
                                c.aliases()) == PersonNames.Match.SAME;
                    })
                    .toList();
            return same.isEmpty() ? null : best(EntityKind.SOURCE, same, keys);
        }
        return chooseByKeys(EntityKind.SOURCE, names, keys, candidates);
    }

    // ------------------------------------------------------------------ shared

    /** The candidate sharing the most keys with the name; ties go to the smallest id (deterministic). */
    private static String best(EntityKind kind, List<Candidate> cs, Set<String> keys) {
        return cs.stream()
                .max(Comparator.<Candidate>comparingInt(c -> overlap(NameKeys.keys(kind, c.name(), c.aliases()), keys))
                        .thenComparing(Candidate::id, Comparator.reverseOrder()))
                .map(Candidate::id)
                .orElse(null);
    }

    private static int overlap(Set<String> theirs, Set<String> keys) {
        int n = 0;
        for (String k : theirs) {
            if (keys.contains(k)) {
                n++;
            }
        }
        return n;
    }

    static List<String> names(String name, Collection<String> aliases) {
        List<String> out = new ArrayList<>();
        if (name != null && !NameKeys.norm(name).isEmpty()) {
            out.add(name.strip());
        }
        if (aliases != null) {
            for (String a : aliases) {
                if (a != null && !NameKeys.norm(a).isEmpty() && !out.contains(a.strip())) {
                    out.add(a.strip());
                }
            }
        }
        return out;
    }

    static Set<String> norms(Collection<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            String k = NameKeys.norm(n);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /** An existing node: its names, its stored keys and the names split off it by an analyst. */
    record Candidate(String id, String name, List<String> aliases, List<String> keys, List<String> splitKeys) {

        static Candidate of(Record r) {
            return new Candidate(r.get("id").asString(), r.get("name").asString(""),
                    r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(v -> v.asString("")),
                    r.get("keys").isNull() ? List.of() : r.get("keys").asList(v -> v.asString("")),
                    r.get("splitKeys").isNull() ? List.of() : r.get("splitKeys").asList(v -> v.asString("")));
        }

        List<String> allNames() {
            List<String> out = new ArrayList<>();
            out.add(name);
            out.addAll(aliases);
            out.removeIf(Objects::isNull);
            return out;
        }
    }
}
