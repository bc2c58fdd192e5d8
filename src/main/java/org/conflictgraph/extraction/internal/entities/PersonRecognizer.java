package org.conflictgraph.extraction.internal.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.conflictgraph.extraction.internal.entities.PersonClusterer.PersonMention;
import org.conflictgraph.extraction.internal.nlp.EntityKind;

/**
 * People: CoreNLP PERSON runs widened to the NAME titles before them ("Mullah", "Brigadier General", a misspelt
 * "Mallah"), with the office before them as a role ("US Secretary of State"). Runs that are not people are
 * corrected by context and gazetteers: "the Shinwari tribe" is a tribe, "Peha valley" a place, a known group's
 * name a faction, a known place after "in"/"near" a place.
 */
final class PersonRecognizer {

    private static final Set<String> FOLLOWER_NOUNS = Set.of("loyalists", "supporters", "followers", "partisans");
    private static final Set<String> TRIBE_NOUNS = Set.of("tribe", "tribes", "clan", "clans", "tribesmen", "tribal");
    private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "from", "to", "outside", "around", "across",
            "into", "towards", "toward", "through");

    private final WorldKnowledge world;
    private final TitleLexicon titles;

    PersonRecognizer(WorldKnowledge world, TitleLexicon titles) {
        this.world = world;
        this.titles = titles;
    }

    /** Names CoreNLP tagged PERSON that the text uses as places ("fighting in Raqqa"), and tokens of real names. */
    private Set<String> locativeNames = Set.of();
    private Set<String> personNameTokens = Set.of();

    private void survey(ParsedText t) {
        locativeNames = new java.util.HashSet<>();
        personNameTokens = new java.util.HashSet<>();
        for (int s = 0; s < t.sentenceCount(); s++) {
            for (NerSpans.Tagged tagged : NerSpans.of(t, s)) {
                if (NerSpans.PLACE_TAGS.contains(tagged.tag())) {
                    // tagged a place elsewhere in the article: a PERSON tag on the same name is the mistake
                    locativeNames.add(Names.key(t.text(tagged.span())));
                }
                if (!tagged.tag().equals("PERSON")) {
                    continue;
                }
                Span span = tagged.span();
                String name = t.text(span);
                String prev = span.begin() > 0 ? t.word(s, span.begin() - 1).toLowerCase(Locale.ROOT) : "";
                String prev2 = span.begin() > 1 ? t.word(s, span.begin() - 2).toLowerCase(Locale.ROOT) : "";
                boolean locative = STRONG_LOCATIVE.contains(prev)
                        || prev.equals("of") && (Cues.PLACE_SUFFIX.containsKey(prev2) || PLACE_HEADS.contains(prev2));
                if (locative) {
                    locativeNames.add(Names.key(name));
                } else if (span.end() - span.begin() >= 2 && world.place(name).isEmpty()) {
                    for (int i = span.begin(); i < span.end(); i++) {
                        personNameTokens.add(PersonClusterer.stem(t.word(s, i)));
                    }
                }
            }
        }
    }

    private static final Set<String> STRONG_LOCATIVE = Set.of("in", "at", "near", "outside", "around", "across",
            "into", "towards", "toward", "inside", "throughout", "between");
    private static final Set<String> PLACE_HEADS = Set.of("mayor", "governor", "outskirts", "centre", "center",
            "residents", "streets", "people", "city", "town", "village", "province", "region", "district", "north",
            "south", "east", "west", "capital", "suburb", "suburbs", "parts", "part");

    List<PersonMention> mentions(ParsedText t, boolean[][] skip, EntityTable table) {
        survey(t);
        List<PersonMention> out = new ArrayList<>();
        for (int s = 0; s < t.sentenceCount(); s++) {
            List<String> words = t.words(s);
            for (NerSpans.Tagged tagged : NerSpans.of(t, s)) {
                Span span = tagged.span();
                if (!tagged.tag().equals("PERSON") || skip[s][span.begin()] || table.anyClaimed(span)) {
                    continue;
                }
                int begin = span.begin();
                int end = span.end();
                // titles CoreNLP put inside the run (at least one name token stays)
                String title = null;
                boolean corrected = false;
                int coreStart = begin;
                int titleStart = begin;
                while (coreStart < end - 1) {
                    Optional<TitleLexicon.Match> m = titles.at(words, coreStart);
                    if (m.isEmpty() || coreStart + m.get().length() >= end) {
                        break;
                    }
                    if (m.get().kind() == TitleLexicon.Kind.NAME) {
                        if (title == null) {
                            title = m.get().title();
                            corrected = m.get().corrected();
                            titleStart = coreStart;
                        }
                    } else if (title == null) {
                        titleStart = coreStart + m.get().length();
                    }
                    coreStart += m.get().length();
                }
                if (title == null) {
                    titleStart = coreStart;
                    // a title just before the run
                    for (int p = Math.max(0, coreStart - 3); p < coreStart; p++) {
                        Optional<TitleLexicon.Match> m = titles.at(words, p);
                        if (m.isPresent() && p + m.get().length() == coreStart && m.get().kind() == TitleLexicon.Kind.NAME
                                && !table.isClaimed(s, p) && !skip[s][p] && !partOfOffice(words, p)) {
                            title = m.get().title();
                            corrected = m.get().corrected();
                            titleStart = p;
                            break;
                        }
                    }
                }
                if (correctedAsOther(t, skip, table, new Span(s, coreStart, end), title != null)) {
                    continue;
                }
                List<String> core = new ArrayList<>(words.subList(coreStart, end));
                core.removeIf(w -> !Character.isLetter(w.charAt(0)));
                if (core.isEmpty() || core.stream().allMatch(FactionRecognizer::isAcronym)) {
                    continue;
                }
                Span nameSpan = new Span(s, titleStart, end);
                String surface = t.text(nameSpan);
                int roleBegin = roleBegin(t, s, titleStart);
                out.add(new PersonMention(nameSpan, surface, title, corrected, core,
                        roleBegin < 0 ? null : t.text(s, roleBegin, titleStart), roleBegin));
                table.claim(nameSpan);
            }
        }
        return out;
    }

    /** Surnames and first names of known people that CoreNLP left untagged (lower-salience later references). */
    List<PersonMention> untaggedShortForms(ParsedText t, boolean[][] skip, EntityTable table, List<PersonMention> known) {
        Set<String> single = new java.util.HashSet<>();
        for (PersonMention m : known) {
            if (m.core().size() >= 2) {
                single.add(PersonClusterer.stem(m.core().get(m.core().size() - 1)));
            }
        }
        List<PersonMention> out = new ArrayList<>();
        for (int s = 0; s < t.sentenceCount(); s++) {
            for (int i = 0; i < t.tokens(s).size(); i++) {
                String w = t.word(s, i);
                if (skip[s][i] || table.isClaimed(s, i) || w.length() < 4 || !t.isCapitalised(s, i)
                        || !t.tag(s, i).startsWith("NNP") || !single.contains(PersonClusterer.stem(w))
                        || i + 1 < t.tokens(s).size() && t.isCapitalised(s, i + 1)) {
                    continue;
                }
                Span sp = new Span(s, i, i + 1);
                out.add(new PersonMention(sp, w, null, false, List.of(w), null, -1));
                table.claim(sp);
            }
        }
        return out;
    }

    /** A PERSON run that context shows to be a tribe, a place or a known group is filed there instead. */
    private boolean correctedAsOther(ParsedText t, boolean[][] skip, EntityTable table, Span core, boolean titled) {
        int s = core.sentence();
        int n = t.tokens(s).size();
        String name = t.text(core);
        String next = core.end() < n ? t.word(s, core.end()).toLowerCase(Locale.ROOT) : "";
        if (!titled && FOLLOWER_NOUNS.contains(next)) {
            // "Mansour loyalists": a group named after the person it follows
            Span span = new Span(s, core.begin(), core.end() + 1);
            String named = t.text(span);
            EntityRecord r = table.add(EntityKind.FACTION, named, "INSURGENT_GROUP", 0.6, span, named);
            r.loyalTo = name;
            return true;
        }
        if (TRIBE_NOUNS.contains(next)) {
            Span span = new Span(s, core.begin(), core.end() + 1);
            EntityRecord r = table.add(EntityKind.FACTION, name + " tribe", "TRIBE", 0.75, span, t.text(span));
            table.alias(r, name);
            return true;
        }
        if (!titled && Cues.PLACE_SUFFIX.containsKey(next) && !t.isCapitalised(s, core.end())) {
            Span span = new Span(s, core.begin(), core.end() + 1);
            PlaceRecognizer.addSuffixed(t, table, world, span, name, next);
            return true;
        }
        if (!titled) {
            Optional<WorldKnowledge.FactionInfo> f = world.faction(name);
            if (f.isPresent()) {
                EntityRecord r = table.add(EntityKind.FACTION, name, f.get().kind(), 0.8, core, name);
                table.index(r, f.get().name());
                return true;
            }
            String prev = core.begin() > 0 ? t.word(s, core.begin() - 1).toLowerCase(Locale.ROOT) : "";
            Optional<WorldKnowledge.PlaceInfo> p = world.place(name);
            boolean nameOfPerson = false;
            for (int i = core.begin(); i < core.end(); i++) {
                nameOfPerson |= core.end() - core.begin() == 1 && personNameTokens.contains(PersonClusterer.stem(t.word(s, i)));
            }
            boolean placeLike = locativeNames.contains(Names.key(name))
                    || p.isPresent() && (LOCATIVE.contains(prev) || "COUNTRY".equals(p.get().kind())
                    || "PROVINCE".equals(p.get().kind()));
            if (!nameOfPerson && placeLike) {
                if (p.isEmpty()) {
                    EntityRecord r = table.add(EntityKind.PLACE, name, "VILLAGE", 0.55, core, name);
                    return true;
                }
                EntityRecord r = table.add(EntityKind.PLACE, p.get().name().equals(name) ? name : name,
                        p.get().kind(), 0.7, core, name);
                if (r.in == null) {
                    r.in = p.get().in();
                }
                return true;
            }
        }
        return false;
    }

    /** "Prosecutor General", "Secretary General": the military-looking word closes an office, it is no title. */
    private boolean partOfOffice(List<String> words, int p) {
        for (int b = Math.max(0, p - 2); b < p; b++) {
            Optional<TitleLexicon.Match> m = titles.at(words, b);
            if (m.isPresent() && m.get().kind() == TitleLexicon.Kind.OFFICE && b + m.get().length() > p) {
                return true;
            }
        }
        return p > 0 && Set.of("prosecutor", "attorney", "secretary", "governor", "surgeon", "inspector", "solicitor",
                "auditor", "adjutant", "director", "consul", "postmaster").contains(words.get(p - 1).toLowerCase(Locale.ROOT));
    }

    /** The office written before a name: "US Secretary of State", "Communication Minister", "Taliban leader". */
    private int roleBegin(ParsedText t, int s, int nameStart) {
        int b = nameStart;
        boolean office = false;
        while (b > 0) {
            String w = t.word(s, b - 1);
            String ner = t.ner(s, b - 1);
            boolean isOffice = ner.equals("TITLE") || titles.kindOf(w).filter(k -> k == TitleLexicon.Kind.OFFICE).isPresent()
                    || Cues.ROLE_NOUNS.containsKey(w.toLowerCase(Locale.ROOT));
            boolean modifier = t.isCapitalised(s, b - 1) && (ner.equals("NATIONALITY") || ner.equals("COUNTRY")
                    || ner.equals("ORGANIZATION") || ner.equals("LOCATION") || ner.equals("STATE_OR_PROVINCE")
                    || ner.equals("CITY") || t.tag(s, b - 1).startsWith("NNP"))
                    || w.equals("of") && office || w.equals("'s") || w.equals("\u2019s");
            if (isOffice) {
                office = true;
            } else if (!modifier) {
                break;
            }
            b--;
        }
        while (b < nameStart && (t.word(s, b).equals("of") || t.word(s, b).equals("'s"))) {
            b++;
        }
        return office && b < nameStart ? b : -1;
    }
}
