package org.conflictgraph.extraction.internal.entities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.conflictgraph.extraction.internal.entities.WorldKnowledge.PlaceInfo;
import org.conflictgraph.extraction.internal.nlp.EntityKind;

/**
 * Places: CoreNLP's location runs and proper nouns followed by a place noun ("Kot district", "Peha valley",
 * "T4 air base"), with kind and enclosing place from the gazetteer, the place noun or the tag; "eastern
 * Afghanistan" is a region inside Afghanistan.
 */
final class PlaceRecognizer {

    private static final Set<String> FEATURE_PREMODIFIERS = Set.of("air", "military", "naval", "army", "processing",
            "oil", "power", "gas", "refugee", "border", "detention", "police", "nuclear");

    private final WorldKnowledge world;

    PlaceRecognizer(WorldKnowledge world) {
        this.world = world;
    }

    void places(ParsedText t, boolean[][] skip, EntityTable table) {
        for (int s = 0; s < t.sentenceCount(); s++) {
            int n = t.tokens(s).size();
            // proper-noun runs followed by a place noun, whatever NER said (but not people or groups already read)
            for (int i = 0; i < n; i++) {
                // places named by a code ("T4 air base", "K5 junction") start with no proper-noun tag
                boolean code = t.word(s, i).matches("[A-Z]{1,3}-?\\d{1,3}") && i + 1 < n;
                if (skip[s][i] || table.isClaimed(s, i) || !t.tag(s, i).startsWith("NNP") && !isTaggedPlace(t, s, i) && !code) {
                    continue;
                }
                int j = i;
                while (j < n && (t.tag(s, j).startsWith("NNP") || isTaggedPlace(t, s, j) || j == i && code || t.tag(s, j).equals("CD")
                        && t.isCapitalised(s, j) || j > i && j + 1 < n && t.word(s, j).equals("-") && t.isCapitalised(s, j + 1))
                        && !table.isClaimed(s, j) && !skip[s][j]) {
                    j++;
                }
                if (j == i) {
                    continue;
                }
                int suffixAt = j;
                if (j + 1 < n && FEATURE_PREMODIFIERS.contains(t.word(s, j).toLowerCase(Locale.ROOT))
                        && "FEATURE".equals(Cues.PLACE_SUFFIX.get(t.word(s, j + 1).toLowerCase(Locale.ROOT)))) {
                    suffixAt = j + 1;
                }
                String suffix = suffixAt < n ? t.word(s, suffixAt).toLowerCase(Locale.ROOT) : "";
                if (suffixAt < n && Cues.PLACE_SUFFIX.containsKey(suffix) && !t.isCapitalised(s, suffixAt)
                        && !table.isClaimed(s, suffixAt)) {
                    String name = Names.clean(t.text(s, i, j));
                    addSuffixed(t, table, world, new Span(s, i, suffixAt + 1), name, suffix);
                    i = suffixAt;
                } else {
                    i = j - 1;
                }
            }
            for (NerSpans.Tagged tagged : NerSpans.of(t, s)) {
                Span span = tagged.span();
                if (!NerSpans.PLACE_TAGS.contains(tagged.tag()) || skip[s][span.begin()] || table.anyClaimed(span)) {
                    continue;
                }
                String name = Names.clean(t.text(span));
                if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
                    continue;
                }
                Optional<PlaceInfo> info = world.place(name);
                String kind = info.map(PlaceInfo::kind).orElseGet(() -> kindFromTag(tagged.tag(), name));
                int b = span.begin();
                String prev = b > 0 ? t.word(s, b - 1).toLowerCase(Locale.ROOT) : "";
                EntityRecord base = table.add(EntityKind.PLACE, name, kind, info.isPresent() ? 0.9 : 0.65,
                        Cues.DIRECTIONS.contains(prev) ? null : span, name);
                fillIn(base, info);
                if (Cues.DIRECTIONS.contains(prev) && !t.isCapitalised(s, b - 1)) {
                    Span region = new Span(s, b - 1, span.end());
                    String regionName = t.text(region);
                    EntityRecord r = table.add(EntityKind.PLACE, regionName, "REGION", 0.75, region, regionName);
                    r.in = base.name;
                } else {
                    table.claim(span);
                }
            }
        }
    }

    /** "Khurais" and "Khurais oilfield", "Hodan" and "Hodan district": one place, unless the gazetteer tells them apart. */
    void mergeSuffixVariants(EntityTable table) {
        for (EntityRecord r : List.copyOf(table.of(EntityKind.PLACE))) {
            int sp = r.name.lastIndexOf(' ');
            if (sp <= 0 || !table.all().contains(r)) {
                continue;
            }
            String suffix = r.name.substring(sp + 1).toLowerCase(Locale.ROOT);
            String bare = r.name.substring(0, sp);
            if (!Cues.PLACE_SUFFIX.containsKey(suffix)) {
                continue;
            }
            Optional<EntityRecord> base = table.find(EntityKind.PLACE, bare).filter(b -> b != r);
            if (base.isEmpty()) {
                continue;
            }
            Optional<PlaceInfo> known = world.place(bare);
            if (known.isPresent() && !compatible(known.get().kind(), Cues.PLACE_SUFFIX.get(suffix))) {
                continue;
            }
            String kind = "FEATURE".equals(Cues.PLACE_SUFFIX.get(suffix)) ? "FEATURE" : base.get().subKind;
            table.merge(base.get(), r);
            base.get().subKind = kind;
        }
    }

    /**
     * A country the text never puts anything in (no "in Iran", no place inside it) is named as an actor only
     * ("Russia denied", "backed by Iran"): its mentions go to its government.
     */
    void countriesOnlyActing(ParsedText t, EntityTable table, FactionRecognizer factions, String dominantCountry) {
        for (EntityRecord r : List.copyOf(table.of(EntityKind.PLACE))) {
            if (!"COUNTRY".equals(r.subKind) || r.spans.isEmpty() || r.name.equals(dominantCountry)) {
                continue;
            }
            boolean acting = false;
            for (Span sp : r.spans) {
                var g = t.graph(sp.sentence());
                acting |= g != null && factions.isActingSubject(t, g, sp, true);
            }
            boolean place = !acting;
            for (EntityRecord other : table.of(EntityKind.PLACE)) {
                place |= other != r && (r.name.equals(other.country) || r.name.equals(other.in));
            }
            for (Span sp : r.spans) {
                int s = sp.sentence();
                String prev = sp.begin() > 0 ? t.word(s, sp.begin() - 1).toLowerCase(Locale.ROOT) : "";
                String prev2 = sp.begin() > 1 ? t.word(s, sp.begin() - 2).toLowerCase(Locale.ROOT) : "";
                String next = sp.end() < t.tokens(s).size() ? t.word(s, sp.end()).toLowerCase(Locale.ROOT) : "";
                place |= PLACE_PREPOSITIONS.contains(prev) || prev.equals("with") && prev2.equals("border") || prev.equals(",") && NerSpans.PLACE_TAGS.contains(
                        t.ner(s, Math.max(0, sp.begin() - 2))) || prev.equals("of") && PLACE_OF.contains(prev2)
                        || next.equals("'s") || next.equals("’s");
            }
            if (!place) {
                EntityRecord gov = factions.governmentOf(t, table, r.name, null);
                for (Span sp : r.spans) {
                    gov.mention(sp, null);
                }
                table.alias(gov, r.name);
                table.remove(r);
            }
        }
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "into", "to", "from", "across", "throughout",
            "inside", "at", "near", "within", "toward", "towards", "entered", "enter", "around", "over", "through",
            "visit", "visited", "leave", "left", "fled", "reach", "reached", "cross", "crossed", "invade", "invaded");
    private static final Set<String> PLACE_OF = Set.of("north", "south", "east", "west", "parts", "part", "rest",
            "border", "borders", "capital", "territory", "soil", "people", "citizens", "map", "region", "provinces",
            "cities", "areas", "outskirts", "president", "king", "emir", "republic", "state");

    /** "Kot district" (name Kot), "Kyiv region" (a region apart from the city of Kyiv), "Yablunska Street". */
    static EntityRecord addSuffixed(ParsedText t, EntityTable table, WorldKnowledge world, Span span, String name,
                                    String suffix) {
        String kind = Cues.PLACE_SUFFIX.get(suffix);
        String full = Names.clean(t.text(span));
        Optional<PlaceInfo> known = world.place(name);
        EntityRecord r;
        if (Cues.ADMIN_SUFFIXES.contains(suffix)
                && (known.isEmpty() || compatible(known.get().kind(), kind))
                && table.find(EntityKind.PLACE, full).isEmpty()) {
            r = table.add(EntityKind.PLACE, name, "FEATURE".equals(kind) ? kind : known.map(PlaceInfo::kind).orElse(kind),
                    0.75, span, full);
        } else {
            r = table.add(EntityKind.PLACE, full, kind, 0.7, span, full);
        }
        if (r.in == null && known.isPresent() && compatible(known.get().kind(), kind)) {
            r.in = known.get().in();
            r.country = known.get().country();
        }
        return r;
    }

    private static boolean compatible(String knownKind, String suffixKind) {
        if (knownKind == null || suffixKind == null) {
            return true;
        }
        return knownKind.equals(suffixKind) || suffixKind.equals("FEATURE") && !knownKind.equals("COUNTRY")
                || knownKind.equals("PROVINCE") && suffixKind.equals("REGION")
                || knownKind.equals("REGION") && suffixKind.equals("PROVINCE")
                || knownKind.equals("DISTRICT") && suffixKind.equals("CITY");
    }

    private static void fillIn(EntityRecord r, Optional<PlaceInfo> info) {
        if (r.in == null && info.isPresent() && info.get().in() != null && !info.get().in().equals(r.name)) {
            r.in = info.get().in();
        }
        if (info.isPresent() && info.get().country() != null) {
            r.country = info.get().country();
        }
    }

    private static boolean isTaggedPlace(ParsedText t, int s, int i) {
        return NerSpans.PLACE_TAGS.contains(t.ner(s, i));
    }

    private static String kindFromTag(String tag, String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (Cues.PLACE_SUFFIX.containsKey(last)) {
            return Cues.PLACE_SUFFIX.get(last);
        }
        return switch (tag) {
            case "COUNTRY" -> "COUNTRY";
            case "STATE_OR_PROVINCE" -> "PROVINCE";
            case "CITY" -> "CITY";
            default -> "REGION";
        };
    }
}
