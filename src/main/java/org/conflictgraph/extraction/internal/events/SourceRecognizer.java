package org.conflictgraph.extraction.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.conflictgraph.extraction.ArticleExtraction.Source;
import org.conflictgraph.extraction.internal.nlp.EntityKind;
import org.conflictgraph.extraction.internal.nlp.Mention;

/**
 * Who speaks: turns the subject of a reporting verb (or the object of "according to") into a {@link Source}
 * with its kind and the body it speaks for. Remembers the last sources so "he said" / "it added" resolve.
 */
final class SourceRecognizer {

    static final Set<String> OFFICE = Set.of("official", "spokesman", "spokeswoman", "spokesperson", "minister",
            "ministry", "government", "authority", "police", "army", "military", "commander", "officer", "governor",
            "mayor", "president", "prosecutor", "department", "office", "diplomat", "administration", "cabinet",
            "embassy", "parliament", "lawmaker", "senator", "general", "leader", "leadership", "spokesmen", "envoy",
            "council", "command", "presidency", "kremlin", "pentagon", "whitehouse");
    static final Set<String> DOCUMENT = Set.of("report", "statement", "assessment", "document", "video", "message",
            "recording", "audio", "communique", "study", "investigation", "analysis", "image", "footage", "tweet",
            "post", "letter", "photograph", "photo", "dossier", "review", "inquiry", "probe", "survey", "data",
            "picture", "recordings", "estimate");
    static final Set<String> MEDIA = Set.of("media", "newspaper", "television", "tv", "radio", "channel", "outlet",
            "broadcaster", "daily", "paper", "network", "press");
    static final Set<String> ANONYMOUS = Set.of("witness", "resident", "activist", "source", "observer", "survivor",
            "people", "villager", "analyst", "expert", "relative", "local", "eyewitness", "someone", "man", "woman",
            "doctor", "nurse", "medic", "worker", "journalist", "diplomat-source", "member", "account", "user", "deacon",
            "priest", "imam", "pastor", "cleric", "elder", "teacher", "farmer", "shopkeeper", "student", "mother",
            "father", "neighbour", "neighbor", "official-source");
    static final Set<String> ORGANISATION = Set.of("group", "organisation", "organization", "movement", "coalition",
            "force", "alliance", "agency", "service", "commission", "committee", "company", "hospital", "faction",
            "militia", "rebel", "insurgent", "jihadist", "militant", "fighter", "troop", "diocese", "charity", "ngo",
            "defence", "defense", "unit", "watchdog", "monitor", "observatory", "body");
    private static final Set<String> DROP_WORDS = Set.of("a", "an", "the", "senior", "unnamed", "anonymous", "one",
            "two", "several", "some", "another", "his", "her", "its", "their", "this", "that");
    private static final Set<String> NP_RELS = Set.of("compound", "amod", "nmod:poss", "nmod:in", "nmod:at",
            "nmod:of", "nmod:for", "nmod:from", "case", "flat", "det", "nummod");

    private final EntityNames names;
    private final String articleText;
    private Source lastPerson;
    private int lastPersonSentence = -1;
    /** Descriptive nouns an article has used for a named group ("body" for a commission), latest use. */
    private final java.util.Map<String, Source> descriptors = new java.util.HashMap<>();
    /** Composite sources for plural references ("the groups"), by name. */
    private final java.util.Map<String, List<Source>> composites = new java.util.HashMap<>();
    /** Every source recognised so far, latest last. */
    private final List<Source> told = new ArrayList<>();
    private int current;
    private Source lastOther;

    SourceRecognizer(EntityNames names, String articleText) {
        this.names = names;
        this.articleText = articleText;
    }

    java.util.Optional<Mention> mentionAt(ParsedSentence s, int token) {
        return names.at(s, token);
    }

    static Source unnamedReports() {
        return new Source("unnamed reports", "ANONYMOUS", null);
    }

    /** The source named by the phrase headed by {@code head}, or null when it names none. */
    Source fromHead(ParsedSentence s, IndexedWord head) {
        String lemma = head.lemma() == null ? head.word().toLowerCase() : head.lemma().toLowerCase();
        String tag = head.tag() == null ? "" : head.tag();
        if (tag.startsWith("PRP") || lemma.equals("who") || lemma.equals("which")) {
            String w = head.word().toLowerCase();
            if (w.equals("he") || w.equals("she")) {
                // the person last named before the pronoun, when nearer than the last speaker
                Source named = personNamedBefore(s, ParsedSentence.tok(head));
                return named != null ? remember(named) : lastPerson;
            }
            if (w.equals("it") && isExpletive(s, head)) {
                return null;
            }
            return lastOther != null ? lastOther : lastPerson;
        }
        // a dateline ("NAIROBI, Kenya —") is no speaker
        if (ParsedSentence.tok(head) <= 2 && head.word().length() > 2 && head.word().equals(head.word().toUpperCase())
                && head.word().chars().allMatch(Character::isLetter)) {
            return null;
        }
        for (int i = 0; i < Math.min(8, s.tokens.size()); i++) {
            String w = s.word(i);
            if ((w.equals("\u2014") || w.equals("--") || w.equals("\u2013")) && ParsedSentence.tok(head) < i
                    && s.word(0).equals(s.word(0).toUpperCase()) && s.word(0).length() > 2) {
                return null;
            }
        }
        var own = names.at(s, ParsedSentence.tok(head));
        if (own.isPresent()) {
            if (OFFICE.contains(lemma) && own.get().kind() != EntityKind.ACTOR) {
                // "Afghan officials" named as the government they speak for
                String name = phrase(s, head);
                if (!name.isBlank() && !name.equalsIgnoreCase(own.get().entityName()) && !name.equalsIgnoreCase(lemma)) {
                    return remember(new Source(name, "OFFICIAL", own.get().entityName()));
                }
            }
            return remember(fromMention(own.get()));
        }
        // "Jordan's foreign minister, Ayman Safadi": the person named in apposition speaks
        for (IndexedWord ap : s.children(head, "appos")) {
            var person = names.at(s, ParsedSentence.tok(ap));
            if (person.isPresent() && person.get().kind() == EntityKind.ACTOR) {
                return remember(fromMention(person.get()));
            }
        }
        // "the Commission, a state-appointed body, said": the body is in apposition to the named speaker
        SemanticGraphEdge upEdge = s.parentEdge(head);
        if (upEdge != null && upEdge.getRelation().toString().equals("appos") && names.at(s, ParsedSentence.tok(head)).isEmpty()) {
            var named = names.at(s, ParsedSentence.tok(upEdge.getGovernor()));
            if (named.isPresent() && named.get().kind() != EntityKind.PLACE) {
                return remember(fromMention(named.get()));
            }
        }
        if (names.at(s, ParsedSentence.tok(head)).isEmpty()) {
            for (IndexedWord ap : s.children(head, "appos")) {
                var named = names.at(s, ParsedSentence.tok(ap));
                if (named.isPresent() && named.get().kind() == EntityKind.FACTION) {
                    return remember(fromMention(named.get()));
                }
            }
        }
        // "the Ethiopian Human Rights Commission, a state-appointed but independent body, said": the group just
        // before the comma is the speaker the descriptive noun stands for
        if (names.at(s, ParsedSentence.tok(head)).isEmpty() && ORGANISATION.contains(lemma)) {
            int h = ParsedSentence.tok(head);
            for (int x = h - 1; x >= 1 && x >= h - 8; x--) {
                if (s.word(x).equals(",")) {
                    var before = names.at(s, x - 1);
                    if (before.isPresent() && before.get().kind() == EntityKind.FACTION) {
                        Source named = fromMention(before.get());
                        descriptors.put(lemma, named);
                        return remember(named);
                    }
                    break;
                }
            }
        }
        String kind = null;
        if (OFFICE.contains(lemma)) {
            kind = "OFFICIAL";
        } else if (DOCUMENT.contains(lemma)) {
            kind = "DOCUMENT";
        } else if (MEDIA.contains(lemma)) {
            kind = "MEDIA";
        } else if (ANONYMOUS.contains(lemma)) {
            kind = "ANONYMOUS";
        } else if (ORGANISATION.contains(lemma)) {
            kind = "ORGANISATION";
        }
        List<Mention> inside = names.of(s, head);
        if (kind != null && inside.isEmpty() && "NNS".equals(tag) && !kind.equals("ANONYMOUS") && !kind.equals("DOCUMENT")) {
            Source both = pluralOfTold(s, head, lemma);
            if (both != null) {
                return both;
            }
        }
        if (kind != null && inside.isEmpty() && "NN".equals(tag) && !kind.equals("ANONYMOUS") && !kind.equals("DOCUMENT")
                && s.children(head, "det").stream().anyMatch(d -> d.word().equalsIgnoreCase("the"))
                && s.children(head, "amod").isEmpty() && s.children(head, "compound").isEmpty()) {
            // "the ministry said", "the Observatory reported": the body of that name told before
            Source earlier = descriptors.containsKey(lemma) ? descriptors.get(lemma) : toldBefore(s, ParsedSentence.tok(head), lemma);
            if (earlier != null) {
                return remember(earlier);
            }
        }
        // "the group said", "the organisation added": the group last quoted
        if ("ORGANISATION".equals(kind) && inside.isEmpty() && lastOther != null && "ORGANISATION".equals(lastOther.kind())
                && s.children(head, "det").stream().anyMatch(d -> d.word().equalsIgnoreCase("the"))
                && s.children(head, "amod").isEmpty() && s.children(head, "compound").isEmpty()) {
            return lastOther;
        }
        if (kind == null) {
            if (inside.isEmpty()) {
                return null;
            }
            Mention first = inside.get(0);
            if (first.kind() == EntityKind.PLACE && tag.startsWith("NN")) {
                // "the Gaza civil defence": a body of that place
                String name = phrase(s, head);
                return name.isBlank() ? null : remember(new Source(name, "ORGANISATION", name));
            }
            return remember(fromMention(first));
        }
        if (kind.equals("DOCUMENT") && (lemma.equals("report")) && inside.isEmpty() && !hasModifier(s, head)) {
            return remember(unnamedReports());
        }
        String speaksFor = null;
        for (Mention m : inside) {
            speaksFor = m.kind() == EntityKind.ACTOR ? first(names.factionsOf(m.entityName())) : m.entityName();
            break;
        }
        if (speaksFor == null) {
            String demonym = demonym(s, head);
            if (demonym != null) {
                speaksFor = demonym + " government";
            }
        }
        String name = phrase(s, head);
        if (name.isBlank()) {
            return null;
        }
        if (kind.equals("ANONYMOUS") && speaksFor != null && inside.isEmpty()) {
            speaksFor = null;
        }
        if (kind.equals("ORGANISATION") && speaksFor == null) {
            speaksFor = null;
        }
        return remember(new Source(name, kind, speaksFor));
    }

    /**
     * The source or group, told before {@code token}, whose name has the word {@code lemma} ("Saudi Arabia's
     * Interior Ministry" for "the ministry"): the latest such source quoted, else the latest such group named.
     */
    private Source toldBefore(ParsedSentence s, int token, String lemma) {
        String alternatives = switch (lemma) {
            case "army", "military" -> "army|military|armed forces|defence forces|defense forces";
            case "police" -> "police|security forces";
            default -> java.util.regex.Pattern.quote(lemma);
        };
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?i)(^|[\\s-])(" + alternatives + ")($|[\\s-])");
        for (int i = told.size() - 1; i >= 0; i--) {
            if (word.matcher(told.get(i).name()).find() && !told.get(i).name().equalsIgnoreCase(lemma)) {
                return told.get(i);
            }
        }
        Mention best = null;
        for (Mention m : names.entities.mentions()) {
            if (m.kind() != EntityKind.FACTION || m.sentence() > s.index || m.sentence() == s.index && m.beginToken() >= token
                    || !word.matcher(m.entityName()).find()) {
                continue;
            }
            if (best == null || m.sentence() > best.sentence()
                    || m.sentence() == best.sentence() && m.beginToken() > best.beginToken()) {
                best = m;
            }
        }
        if (best == null) {
            // the only such group the article names, even if named later ("..., the government said" up front)
            List<String> all = names.entities.factions().stream().map(f -> f.name())
                    .filter(n -> word.matcher(n).find()).toList();
            return all.size() == 1 ? new Source(all.get(0), "ORGANISATION", all.get(0)) : null;
        }
        return fromMention(best);
    }

    /**
     * "the groups say", "both governments denied": the two bodies of that kind told last, as one composite
     * source that {@link #members} splits again, so each body gets its own claim.
     */
    private Source pluralOfTold(ParsedSentence s, IndexedWord head, String lemma) {
        boolean definite = s.children(head, "det").stream().anyMatch(d -> Set.of("the", "both").contains(d.word().toLowerCase()))
                || s.children(head, "nummod").stream().anyMatch(d -> Set.of("two", "both").contains(d.word().toLowerCase()));
        String singular = lemma.endsWith("s") ? lemma.substring(0, lemma.length() - 1) : lemma;
        if (!definite) {
            return null;
        }
        List<Source> found = new ArrayList<>();
        for (int i = told.size() - 1; i >= 0 && found.size() < 2; i--) {
            Source t = told.get(i);
            boolean fits = singular.equals("group") || singular.equals("organisation") || singular.equals("organization")
                    ? "ORGANISATION".equals(t.kind()) && t.speaksFor() != null
                    : t.name().toLowerCase().contains(singular);
            if (fits && composites.get(t.name()) == null) {
                found.add(t);
            }
        }
        if (found.size() < 2 && !singular.equals("group")) {
            // "both governments": the two governments the article names
            for (var f : names.entities.factions()) {
                if (found.size() < 2 && f.name().toLowerCase().contains(singular)
                        && found.stream().noneMatch(x -> x.name().equals(f.name()))) {
                    found.add(new Source(f.name(), "ORGANISATION", f.name()));
                }
            }
        }
        if (found.size() != 2) {
            return null;
        }
        Source composite = new Source(found.get(1).name() + " and " + found.get(0).name(), "ORGANISATION", null);
        composites.put(composite.name(), List.of(found.get(1), found.get(0)));
        return composite;
    }

    /** The bodies a composite source ("the groups") stands for, or the source itself. */
    List<Source> members(Source source) {
        return composites.getOrDefault(source.name(), List.of(source));
    }

    /**
     * The person whose mention last precedes {@code token}, in this sentence or the two before it, unless the last
     * speaker was named after that mention (then the speaker is the likelier antecedent).
     */
    private Source personNamedBefore(ParsedSentence s, int token) {
        Mention best = names.personBefore(s, token, 2).orElse(null);
        if (best == null || lastPerson != null && lastPersonSentence > best.sentence()) {
            return null;
        }
        return fromMention(best);
    }


    Source fromMention(Mention m) {
        return switch (m.kind()) {
            case ACTOR -> new Source(m.entityName(), "PERSON", first(names.factionsOf(m.entityName())));
            case FACTION, PLACE -> new Source(m.entityName(), "ORGANISATION", m.entityName());
        };
    }

    /** The sentence being read; set before each sentence's claims are attributed. */
    void at(ParsedSentence s) {
        current = s.index;
    }

    Source remember(Source s) {
        if (s != null) {
            told.remove(s);
            told.add(s);
            if (s.kind().equals("PERSON")) {
                lastPerson = s;
                lastPersonSentence = current;
            } else {
                lastOther = s;
            }
        }
        return s;
    }

    private static boolean isExpletive(ParsedSentence s, IndexedWord it) {
        // "it is believed that ...", "it was reported that ..."
        SemanticGraphEdge up = s.parentEdge(it);
        return up != null && up.getRelation().toString().contains("pass")
                || up != null && s.hasChild(up.getGovernor(), "ccomp") && s.hasChild(up.getGovernor(), "cop");
    }

    private boolean hasModifier(ParsedSentence s, IndexedWord head) {
        for (SemanticGraphEdge e : s.outgoing(head)) {
            String r = e.getRelation().toString();
            if (r.equals("compound") || r.equals("nmod:poss") || r.equals("amod") && Character.isUpperCase(
                    e.getDependent().word().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private String demonym(ParsedSentence s, IndexedWord head) {
        for (IndexedWord a : s.children(head, "amod")) {
            String w = a.word();
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
                    && ("NATIONALITY".equals(a.ner()) || "MISC".equals(a.ner()) || "JJ".equals(a.tag()) || "NNP".equals(a.tag()))) {
                return w;
            }
        }
        for (IndexedWord a : s.children(head, "compound")) {
            String w = a.word();
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && "NATIONALITY".equals(a.ner())) {
                return w;
            }
        }
        return null;
    }

    /** The noun phrase's words without determiners, relative clauses or appositions ("Western official in Kabul"). */
    private String phrase(ParsedSentence s, IndexedWord head) {
        List<Integer> toks = new ArrayList<>();
        collect(s, head, toks, 0);
        toks.sort(Integer::compare);
        // keep the contiguous run around the head
        int h = ParsedSentence.tok(head);
        int lo = toks.indexOf(h);
        int hi = lo;
        while (lo > 0 && toks.get(lo - 1) == toks.get(lo) - 1) {
            lo--;
        }
        while (hi < toks.size() - 1 && toks.get(hi + 1) == toks.get(hi) + 1) {
            hi++;
        }
        List<Integer> run = toks.subList(lo, hi + 1);
        while (!run.isEmpty() && (DROP_WORDS.contains(s.word(run.get(0)).toLowerCase())
                || s.word(run.get(0)).matches("(.*-)?(run|led|backed|based|aligned|allied)|-|\\u2011")
                || s.tag(run.get(0)).equals("POS"))) {
            run = run.subList(1, run.size());
        }
        while (!run.isEmpty() && (s.tag(run.get(run.size() - 1)).equals("IN") || s.tag(run.get(run.size() - 1)).equals(","))) {
            run = run.subList(0, run.size() - 1);
        }
        if (run.isEmpty()) {
            return "";
        }
        // "official at the defence ministry in Bamako": one prepositional phrase names the source; a second one
        // only says where it sits
        int preps = 0;
        for (int i = 0; i < run.size(); i++) {
            if (run.get(i) > h && s.tag(run.get(i)).equals("IN") && ++preps == 2) {
                run = run.subList(0, i);
                break;
            }
        }
        if (run.size() > 8) {
            run = run.subList(Math.max(0, run.indexOf(h) - 4), Math.min(run.size(), run.indexOf(h) + 4));
        }
        return articleText.substring(s.charStart(run.get(0)), s.charEnd(run.get(run.size() - 1)));
    }

    private void collect(ParsedSentence s, IndexedWord w, List<Integer> toks, int depth) {
        if (toks.contains(ParsedSentence.tok(w)) || depth > 3) {
            return;
        }
        toks.add(ParsedSentence.tok(w));
        for (SemanticGraphEdge e : s.outgoing(w)) {
            if (e.isExtra()) {
                continue;
            }
            String r = e.getRelation().toString();
            if (NP_RELS.contains(r) || r.startsWith("nmod:") && !r.equals("nmod:tmod") || r.equals("case")) {
                collect(s, e.getDependent(), toks, depth + 1);
            }
        }
    }

    private static String first(List<String> l) {
        return l == null || l.isEmpty() ? null : l.get(0);
    }
}
