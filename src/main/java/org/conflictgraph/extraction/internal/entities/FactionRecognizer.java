package org.conflictgraph.extraction.internal.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.conflictgraph.extraction.internal.entities.WorldKnowledge.FactionInfo;
import org.conflictgraph.extraction.internal.nlp.EntityKind;

/**
 * Factions: known groups from the faction lexicon (also adjectival and plural uses, "Taliban fighters"),
 * organisations CoreNLP tags, state forces and governments named by demonyms ("Afghan forces", "Afghan
 * officials"), countries and capitals standing for their governments ("Washington said"), and acronyms
 * defined in the text ("Group to Support Islam and Muslims (GSIM)").
 */
final class FactionRecognizer {

    private static final int MAX_NAME_TOKENS = 8;

    /** "a Taliban faction", "an ISIS cell": a part of the group, possibly a group of its own, not the group. */
    private static final java.util.Set<String> SUBGROUP_NOUNS = java.util.Set.of("faction", "cell", "cells", "wing",
            "splinter", "offshoot", "branch");
    private static final java.util.Set<String> SPLIT_MODIFIERS = java.util.Set.of("breakaway", "splinter", "dissident",
            "renegade", "rival", "rogue");

    /** Platforms and share buttons are not actors even when CoreNLP calls them organisations. */
    private static final java.util.Set<String> PLATFORMS = java.util.Set.of("facebook", "twitter", "whatsapp",
            "instagram", "youtube", "telegram", "tiktok", "linkedin", "reddit", "email", "e-mail", "x", "pinterest",
            "messenger", "snapchat", "google", "print", "share", "copy");

    private final WorldKnowledge world;

    FactionRecognizer(WorldKnowledge world) {
        this.world = world;
    }

    /** Known groups anywhere in the text, longest match first. */
    void knownGroups(ParsedText t, boolean[][] skip, EntityTable table) {
        for (int s = 0; s < t.sentenceCount(); s++) {
            int n = t.tokens(s).size();
            for (int i = 0; i < n; i++) {
                if (skip[s][i] || table.isClaimed(s, i) || !startsName(t, s, i)) {
                    continue;
                }
                for (int len = Math.min(MAX_NAME_TOKENS, n - i); len >= 1; len--) {
                    if (!endsName(t, s, i + len - 1)) {
                        continue;
                    }
                    String cand = t.text(s, i, i + len);
                    Optional<FactionInfo> info = world.faction(cand);
                    if (info.isEmpty() || (len == 1 && isLowerCommonWord(t, s, i))) {
                        continue;
                    }
                    int end = i + len;
                    String surface = cand;
                    String before = i > 0 ? t.word(s, i - 1).toLowerCase(Locale.ROOT) : "";
                    if (end < n && Cues.MEMBER_NOUNS.contains(t.word(s, end).toLowerCase(Locale.ROOT))
                            && !t.isCapitalised(s, end) && !SUBGROUP_NOUNS.contains(t.word(s, end).toLowerCase(Locale.ROOT))
                            && !SPLIT_MODIFIERS.contains(before)) {
                        surface = t.text(s, i, end + 1);
                        end++;
                    }
                    EntityRecord r = table.find(EntityKind.FACTION, info.get().name())
                            .orElseGet(() -> table.find(EntityKind.FACTION, cand).orElse(null));
                    Span span = new Span(s, i, end);
                    if (r == null) {
                        r = table.add(EntityKind.FACTION, cand, info.get().kind(), 0.9, span, surface);
                        table.index(r, info.get().name());
                        r.known = info.get().name();
                        r.country = info.get().country();
                        if ("STATE_FORCE".equals(info.get().kind()) && info.get().country() != null) {
                            table.index(r, "forces of " + info.get().country());
                        }
                    } else {
                        r.mention(span, surface);
                        table.index(r, surface);
                        table.claim(span);
                    }
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /** Organisations CoreNLP tagged, with a kind guessed from their head words. */
    void taggedOrganisations(ParsedText t, boolean[][] skip, EntityTable table) {
        for (int s = 0; s < t.sentenceCount(); s++) {
            for (NerSpans.Tagged tagged : NerSpans.of(t, s)) {
                Span span = tagged.span();
                if (!tagged.tag().equals("ORGANIZATION") || skipped(skip, span) || table.anyClaimed(span)) {
                    continue;
                }
                String name = Names.clean(t.text(span));
                if (name.length() < 2 || PLATFORMS.contains(name.toLowerCase(Locale.ROOT))
                        || name.split(" ").length > 1 && java.util.Arrays.stream(name.split(" "))
                        .allMatch(w -> PLATFORMS.contains(w.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                if (name.contains(" ") && "FEATURE".equals(Cues.PLACE_SUFFIX.get(last))) {
                    table.add(EntityKind.PLACE, name, "FEATURE", 0.6, span, name);
                    continue;
                }
                Optional<FactionInfo> info = world.faction(name);
                String kind = info.map(FactionInfo::kind).orElseGet(() -> kindFromWords(name));
                EntityRecord r = table.add(EntityKind.FACTION, name, kind, info.isPresent() ? 0.85 : 0.6, span, name);
                info.ifPresent(f -> {
                    table.index(r, f.name());
                    r.known = f.name();
                });
            }
        }
    }

    /**
     * "Afghan forces", "Nigerian troops", "Syrian government forces" → the state's forces; "Afghan officials",
     * "the Malian government" → its government; "U.S.-led troops", "Saudi-led coalition" → a coalition force.
     */
    void statePhrases(ParsedText t, boolean[][] skip, EntityTable table) {
        for (int s = 0; s < t.sentenceCount(); s++) {
            int n = t.tokens(s).size();
            for (int i = 0; i < n; i++) {
                if (skip[s][i] || table.isClaimed(s, i) || !t.isCapitalised(s, i)) {
                    continue;
                }
                String w = t.word(s, i);
                boolean led = w.endsWith("-led") && w.length() > 4;
                boolean splitLed = !led && i + 2 < n && t.word(s, i + 1).equals("-") && t.word(s, i + 2).equals("led");
                String base = led ? w.substring(0, w.length() - 4) : w;
                int start = i;
                Optional<String> country = countryOfModifier(t, s, i, base);
                int j = splitLed ? i + 3 : i + 1;
                led |= splitLed;
                // multi-token country names before the noun ("South Sudanese troops", "United Nations forces")
                if (country.isEmpty() && !led && i + 1 < n && t.isCapitalised(s, i + 1) && !splitLed) {
                    String two = t.text(s, i, i + 2);
                    country = world.countryOfDemonym(two).or(() -> countryName(two));
                    j = i + 2;
                }
                if (country.isEmpty()) {
                    localMinistry(t, s, i, table);
                    continue;
                }
                if (j < n && (t.word(s, j).equals("'s") || t.word(s, j).equals("\u2019s"))) {
                    j++; // "Somalia's army"
                }
                int k = j;
                while (k < n && k - j < 2 && Cues.STATE_MODIFIERS.contains(t.word(s, k).toLowerCase(Locale.ROOT))
                        && !isHeadNoun(t, s, k)) {
                    k++;
                }
                if (k >= n || t.isCapitalised(s, k) || table.isClaimed(s, k)) {
                    continue;
                }
                String noun = t.word(s, k).toLowerCase(Locale.ROOT);
                Span span = new Span(s, start, k + 1);
                String surface = Names.clean(t.text(span));
                if (led && (Cues.FORCE_NOUNS.contains(noun) || noun.equals("alliance"))) {
                    table.add(EntityKind.FACTION, surface, "STATE_FORCE", 0.75, span, surface);
                    i = k;
                } else if (Cues.FORCE_NOUNS.contains(noun) && !led) {
                    EntityRecord r = forcesOf(table, country.get(), surface, span, noun.startsWith("police"));
                    r.mention(span, surface);
                    i = k;
                } else if (MEDIA_NOUNS.contains(noun) && k > j && t.word(s, k - 1).equalsIgnoreCase("state") && !led) {
                    EntityRecord r = table.add(EntityKind.FACTION, surface, "MEDIA", 0.7, span, surface);
                    r.country = country.get();
                    i = k;
                } else if (Cues.GOVERNMENT_NOUNS.contains(noun) && !led) {
                    if (noun.equals("ministry") && k > j) {
                        // "Iran's foreign ministry" speaks for the government but is named as itself
                        EntityRecord gov = governmentOf(t, table, country.get(), null);
                        gov.mention(span, null);
                        table.claim(span);
                    } else {
                        EntityRecord gov = governmentOf(t, table, country.get(), base);
                        gov.mention(span, null);
                        if (noun.equals("government") || noun.equals("administration") || noun.equals("regime")) {
                            table.alias(gov, surface);
                        }
                        table.claim(span);
                    }
                    i = k;
                }
            }
        }
    }

    /** Countries and capitals as the subject of a statement or act stand for the government ("Tehran denied"). */
    void metonyms(ParsedText t, boolean[][] skip, EntityTable table) {
        for (int s = 0; s < t.sentenceCount(); s++) {
            SemanticGraph g = t.graph(s);
            if (g == null) {
                continue;
            }
            for (NerSpans.Tagged tagged : NerSpans.of(t, s)) {
                Span span = tagged.span();
                if (!NerSpans.PLACE_TAGS.contains(tagged.tag()) || skipped(skip, span) || table.anyClaimed(span)) {
                    continue;
                }
                String name = Names.clean(t.text(span));
                if (isDateline(t, span)) {
                    continue;
                }
                Optional<String> asCountry = countryName(name);
                Optional<String> country = asCountry.or(() -> world.countryOfCapital(name));
                if (country.isEmpty() || !isActingSubject(t, g, span, asCountry.isPresent())) {
                    continue;
                }
                EntityRecord gov = governmentOf(t, table, country.get(), null);
                gov.mention(span, name);
                table.index(gov, name);
                table.claim(span);
            }
        }
    }

    /** "Group to Support Islam and Muslims (GSIM)": the acronym becomes an alias of the long form, everywhere. */
    void acronyms(ParsedText t, boolean[][] skip, EntityTable table) {
        for (int s = 0; s < t.sentenceCount(); s++) {
            int n = t.tokens(s).size();
            for (int i = 1; i + 2 < n; i++) {
                if (!t.word(s, i).equals("(") || !t.word(s, i + 2).equals(")") || skip[s][i + 1]) {
                    continue;
                }
                String acr = t.word(s, i + 1);
                if (!isAcronym(acr)) {
                    continue;
                }
                Optional<EntityRecord> before = table.at(s, i - 1).filter(r -> r.kind == EntityKind.FACTION);
                EntityRecord longForm = before.orElse(null);
                if (longForm == null) {
                    int b = i;
                    while (b > 0 && i - b < MAX_NAME_TOKENS && (t.isCapitalised(s, b - 1) || isConnector(t.word(s, b - 1)))
                            && !skip[s][b - 1] && !table.isClaimed(s, b - 1)) {
                        b--;
                    }
                    while (b < i && isConnector(t.word(s, b))) {
                        b++;
                    }
                    if (i - b < 2) {
                        continue;
                    }
                    String name = t.text(s, b, i);
                    Optional<FactionInfo> info = world.faction(acr).or(() -> world.faction(name));
                    longForm = table.add(EntityKind.FACTION, name,
                            info.map(FactionInfo::kind).orElseGet(() -> kindFromWords(name)), 0.7, new Span(s, b, i), name);
                }
                Span acrSpan = new Span(s, i + 1, i + 2);
                Optional<EntityRecord> other = table.find(EntityKind.FACTION, acr);
                if (other.isPresent() && other.get() != longForm) {
                    table.merge(longForm, other.get());
                }
                longForm.mention(acrSpan, acr);
                table.index(longForm, acr);
                table.claim(acrSpan);
            }
        }
        // later bare uses of a defined acronym
        for (int s = 0; s < t.sentenceCount(); s++) {
            for (int i = 0; i < t.tokens(s).size(); i++) {
                String w = t.word(s, i);
                if (skip[s][i] || table.isClaimed(s, i) || !isAcronym(w)) {
                    continue;
                }
                int si = s;
                int ii = i;
                table.find(EntityKind.FACTION, w).ifPresent(r -> {
                    Span sp = new Span(si, ii, ii + 1);
                    r.mention(sp, w);
                    table.claim(sp);
                });
            }
        }
    }

    EntityRecord governmentOf(ParsedText t, EntityTable table, String country, String demonym) {
        Optional<EntityRecord> existing = table.find(EntityKind.FACTION, "government of " + country);
        if (existing.isPresent()) {
            if (demonym != null) {
                table.alias(existing.get(), demonym + " government");
            }
            return existing.get();
        }
        String dem = demonym != null ? demonym : demonymInText(t, country);
        String name = dem != null ? dem + " government" : country;
        EntityRecord r = table.add(EntityKind.FACTION, name, "GOVERNMENT", 0.7, null, name);
        table.index(r, "government of " + country);
        r.country = country;
        return r;
    }

    private static final java.util.Set<String> MEDIA_NOUNS = java.util.Set.of("television", "tv", "media", "radio",
            "broadcaster", "outlets", "newspaper");

    /** "Gaza health ministry": a ministry of a place that is no country is a body of its own. */
    private void localMinistry(ParsedText t, int s, int i, EntityTable table) {
        int n = t.tokens(s).size();
        if (!NerSpans.PLACE_TAGS.contains(t.ner(s, i))) {
            return;
        }
        int k = i + 1;
        while (k < n && k - i <= 3 && !t.isCapitalised(s, k) && !t.word(s, k).equalsIgnoreCase("ministry")
                && t.tag(s, k).startsWith("NN")) {
            k++;
        }
        if (k < n && k > i + 1 && t.word(s, k).equalsIgnoreCase("ministry") && !table.isClaimed(s, k)) {
            Span span = new Span(s, i, k + 1);
            String surface = t.text(span);
            EntityRecord r = table.add(EntityKind.FACTION, surface, "GOVERNMENT", 0.65, span, surface);
            table.alias(r, t.text(s, i + 1, k + 1));
        }
    }

    /** "the government", "security forces", "the army", "police" with no country named: the article's own country's. */
    void bareStateNouns(ParsedText t, boolean[][] skip, EntityTable table) {
        String country = dominantCountry(t, skip);
        if (country == null) {
            return;
        }
        String demonym = world.demonymOf(country).orElse(null);
        for (int s = 0; s < t.sentenceCount(); s++) {
            int n = t.tokens(s).size();
            for (int i = 0; i < n; i++) {
                if (skip[s][i] || table.isClaimed(s, i)) {
                    continue;
                }
                String w = t.word(s, i).toLowerCase(Locale.ROOT);
                String prev = i > 0 ? t.word(s, i - 1).toLowerCase(Locale.ROOT) : "";
                String next = i + 1 < n ? t.word(s, i + 1).toLowerCase(Locale.ROOT) : "";
                if (i > 0 && t.isCapitalised(s, i - 1) && !prev.equals("the") || next.equals("of") || prev.equals("'s")) {
                    continue;
                }
                int start = i;
                int end = i + 1;
                String kind = null;
                if ((w.equals("government") || w.equals("authorities")) && prev.equals("the") && !t.isCapitalised(s, i)) {
                    kind = "GOVERNMENT";
                } else if ((w.equals("security") || w.equals("government") || w.equals("armed")) && next.equals("forces")) {
                    kind = "FORCE";
                    end = i + 2;
                } else if ((w.equals("army") || w.equals("military")) && prev.equals("the") && !t.tag(s, i + 1 < n ? i + 1 : i).startsWith("NN")) {
                    kind = "FORCE";
                } else if (w.equals("police") && !t.isCapitalised(s, i)) {
                    kind = "POLICE";
                }
                if (kind == null) {
                    continue;
                }
                Span span = new Span(s, start, end);
                String surface = t.text(span);
                EntityRecord r;
                if (kind.equals("GOVERNMENT")) {
                    r = governmentOf(t, table, country, demonym);
                    table.alias(r, surface);
                    r.mention(span, surface);
                    table.claim(span);
                } else {
                    String named = (demonym != null ? demonym : country) + " " + surface;
                    r = forcesOf(table, country, named, span, kind.equals("POLICE"));
                    r.mention(span, surface);
                    table.alias(r, surface);
                }
                i = end - 1;
            }
        }
    }

    /** The country the article is mostly about: most named, by name or demonym, outside boilerplate. */
    String dominantCountry(ParsedText t, boolean[][] skip) {
        Map<String, Integer> counts = new HashMap<>();
        for (int s = 0; s < t.sentenceCount(); s++) {
            for (int i = 0; i < t.tokens(s).size(); i++) {
                String ner = t.ner(s, i);
                if (skip[s][i] || !(ner.equals("COUNTRY") || ner.equals("NATIONALITY"))) {
                    continue;
                }
                countryOf(t.word(s, i)).ifPresent(c -> counts.merge(c, 1, Integer::sum));
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private EntityRecord forcesOf(EntityTable table, String country, String surface, Span span, boolean police) {
        String key = (police ? "police of " : "forces of ") + country;
        Optional<EntityRecord> existing = table.find(EntityKind.FACTION, key);
        EntityRecord r = existing.orElseGet(() -> table.add(EntityKind.FACTION, surface, "STATE_FORCE", 0.75, null, surface));
        table.index(r, key);
        r.country = country;
        table.alias(r, surface);
        table.claim(span);
        return r;
    }

    private String demonymInText(ParsedText t, String country) {
        Map<String, Integer> counts = new HashMap<>();
        for (int s = 0; s < t.sentenceCount(); s++) {
            for (int i = 0; i < t.tokens(s).size(); i++) {
                String w = t.word(s, i);
                if (t.isCapitalised(s, i) && !w.equals(country)
                        && world.countryOfDemonym(w).filter(country::equals).isPresent()) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The country a demonym or country name denotes: "Afghan", "Afghanistan", "U.S.". */
    Optional<String> countryOf(String word) {
        return world.countryOfDemonym(word).or(() -> countryName(word));
    }

    private Optional<String> countryOfModifier(ParsedText t, int s, int i, String word) {
        String ner = t.ner(s, i);
        Optional<String> c = world.countryOfDemonym(word);
        if (c.isPresent()) {
            return c;
        }
        if (ner.equals("COUNTRY") || ner.equals("NATIONALITY") || ner.equals("LOCATION") || word.matches("[A-Z]\\.?[A-Z]\\.?")) {
            return countryName(word);
        }
        return Optional.empty();
    }

    private Optional<String> countryName(String name) {
        return world.place(name).filter(p -> "COUNTRY".equals(p.kind())).map(WorldKnowledge.PlaceInfo::name);
    }

    /**
     * The place is the subject of a statement or act: any predicate for a capital ("Tehran was behind", "Washington
     * had reason"), a statement or act for a country ("Iran denied"), never being, lying or bordering.
     */
    boolean isActingSubject(ParsedText t, SemanticGraph g, Span span, boolean country) {
        for (int i = span.begin(); i < span.end(); i++) {
            IndexedWord node = g.getNodeByIndexSafe(i + 1);
            if (node == null) {
                continue;
            }
            for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                if (rel.equals("obl:agent") || rel.equals("obl:by")) {
                    return true; // "backed by Iran", "blamed by Washington"
                }
                if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
                    IndexedWord gov = e.getGovernor();
                    String lemma = (gov.lemma() == null ? gov.word() : gov.lemma()).toLowerCase(Locale.ROOT);
                    if (NOT_ACTS.contains(lemma) || gov.tag() != null && gov.tag().startsWith("NN")
                            && !Cues.STATE_ACTION_VERBS.contains(lemma)) {
                        continue;
                    }
                    if (Cues.STATE_ACTION_VERBS.contains(lemma) || !country) {
                        return true;
                    }
                    if (gov.tag() != null && (gov.tag().startsWith("VB") && !lemma.equals("be") || ACTING_PREDICATES.contains(lemma))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> NOT_ACTS = java.util.Set.of("lie", "sit", "border", "locate", "situate",
            "stretch", "remain", "become", "experience", "suffer", "face", "see", "lose", "host", "contain", "include",
            "rank", "cover", "neighbour", "neighbor", "home", "country", "city", "capital", "nation", "state");
    private static final java.util.Set<String> ACTING_PREDICATES = java.util.Set.of("behind", "responsible",
            "involved", "ready", "willing", "prepared", "determined", "committed", "opposed", "close", "aware", "sure",
            "confident", "adamant", "keen", "eager", "unwilling", "reluctant");

    /** "NAIROBI, Kenya —", "BEIRUT (Meridian) -": where the story was filed, not who acts. */
    private static boolean isDateline(ParsedText t, Span span) {
        String w = t.word(span.sentence(), span.begin());
        if (w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter)) {
            return true;
        }
        int n = t.tokens(span.sentence()).size();
        if (span.begin() <= 3 && span.end() < n) {
            String next = t.word(span.sentence(), span.end());
            return next.equals("—") || next.equals("--") || next.equals("(") && span.begin() == 0;
        }
        return false;
    }

    private static boolean isHeadNoun(ParsedText t, int s, int k) {
        // "Ethiopian security forces": "security" modifies; "Malian government said": "government" is the head
        return k + 1 >= t.tokens(s).size() || !t.tag(s, k + 1).startsWith("NN");
    }

    static boolean isAcronym(String w) {
        return w.length() >= 2 && w.length() <= 7 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && w.chars().filter(Character::isLetter).count() >= 2 && Character.isLetter(w.charAt(0));
    }

    private static boolean isConnector(String w) {
        return w.equals("of") || w.equals("and") || w.equals("for") || w.equals("to") || w.equals("the")
                || w.equals("al") || w.equals("wal") || w.equals("&");
    }

    private static boolean startsName(ParsedText t, int s, int i) {
        String w = t.word(s, i);
        if (w.isEmpty()) {
            return false;
        }
        if (w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an")) {
            return false;
        }
        return Character.isUpperCase(w.charAt(0)) || w.startsWith("al-") || w.startsWith("el-")
                || (w.equals("al") || w.equals("el")) && i + 1 < t.tokens(s).size() && (t.isCapitalised(s, i + 1)
                || t.word(s, i + 1).equals("-") && i + 2 < t.tokens(s).size() && t.isCapitalised(s, i + 2));
    }

    private static boolean endsName(ParsedText t, int s, int i) {
        String w = t.word(s, i);
        return !w.isEmpty() && (Character.isLetterOrDigit(w.charAt(w.length() - 1)) || w.matches("(\\p{Lu}\\.)+"));
    }

    /** A sentence-initial capitalised common word ("Rebels", "Government") is not a group's name. */
    private static boolean isLowerCommonWord(ParsedText t, int s, int i) {
        return i == 0 && !t.tag(s, i).startsWith("NNP");
    }

    private static boolean skipped(boolean[][] skip, Span span) {
        for (int i = span.begin(); i < span.end(); i++) {
            if (skip[span.sentence()][i]) {
                return true;
            }
        }
        return false;
    }

    static String kindFromWords(String name) {
        String l = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        if (l.matches(".*\\b(u n|un|united nations|nato|african union|european union|arab league|world health organi[sz]ation"
                + "|world food programme|unicef|unhcr|red cross|red crescent|international criminal court"
                + "|prohibition of chemical weapons|opcw|ecowas|iaea|interpol|security council|organi[sz]ation of)\\b.*")) {
            return "INTERNATIONAL_ORG";
        }
        if (l.matches(".*\\b(television|tv|news|agency|times|post|radio|press|media|channel|journal|gazette|tribune"
                + "|herald|broadcasting|broadcaster|newspaper|daily|telegraph|guardian|reuters|associated press|afp"
                + "|al jazeera|bbc|cnn|sana|irna|tass|ria|wire)\\b.*")) {
            return "MEDIA";
        }
        if (l.matches(".*\\b(ministry|government|parliament|congress|senate|kremlin|white house|pentagon|department"
                + "|presidency|cabinet|national security council|assembly|administration)\\b.*")) {
            return "GOVERNMENT";
        }
        if (l.matches(".*\\b(militia|militias|popular mobilisation|popular mobilization|self defen[cs]e|vigilante)\\b.*")) {
            return "MILITIA";
        }
        if (l.matches(".*\\b(tribe|clan)\\b.*")) {
            return "TRIBE";
        }
        if (l.matches(".*\\b(front|movement|brigades?|jihad|mujahideen|ansar|jaish|harakat|hezbollah|hizbollah|liberation"
                + "|rebels?|insurgents?|islamic state|caliphate|fighters|jabhat|tahrir|al qaeda|al qaida|shabaab|boko haram"
                + "|wilayat|battalions?|legion|resistance|army of)\\b.*")) {
            return "INSURGENT_GROUP";
        }
        if (l.matches(".*\\b(army|armed forces|forces|force|police|military|navy|guard|guards|command|gendarmerie"
                + "|troops|defen[cs]e forces|marines|air force|coalition)\\b.*")) {
            return "STATE_FORCE";
        }
        return "OTHER";
    }
}
