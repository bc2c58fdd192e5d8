package org.conflictgraph.extraction.internal.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Curated real-world armed groups, state forces, metonyms for governments, international bodies, media outlets
 * and tribes that conflict reporting names, loaded once per JVM from {@code lexicon/factions.tsv}.
 * <p>
 * Lookups tolerate case, diacritics, a leading "the", "al-"/"al "/"el-" particles anywhere ("Jabhat al-Nusra" =
 * "Jabhat Nusra"), hyphens and spaces, doubled letters of transliteration ("Shabaab" = "Shabab"), a possessive
 * "'s" and a plural "s" ("Houthis" = "Houthi"). All-capital acronyms ("IS", "AP") match only all-capital surfaces.
 */
public final class FactionLexicon {

    /**
     * A group. {@code kind} is one of INSURGENT_GROUP, TERRORIST_GROUP, STATE_FORCE, GOVERNMENT, INTERNATIONAL_ORG,
     * TRIBE, MILITIA, MEDIA, OTHER; {@code country} is the country it belongs to or fights in (the gazetteer's
     * country name), null for international or multi-country groups.
     */
    public record FactionEntry(String name, List<String> aliases, String kind, String country) {
    }

    static final Set<String> KINDS = Set.of("INSURGENT_GROUP", "TERRORIST_GROUP", "STATE_FORCE", "GOVERNMENT",
            "INTERNATIONAL_ORG", "TRIBE", "MILITIA", "MEDIA", "OTHER");

    private static final Pattern POSSESSIVE = Pattern.compile("(?i)['’]s?$");
    // Arabic article forms anywhere ("al-", "ash-", "ul"); "wa"/"wal" ("and") only between words ("Wa army" stays).
    private static final Pattern PARTICLES = Pattern.compile("(^| )(al|el|ul|ash|ad|an|ar|as|at|az|ez|es) (?=.)|(?<=. )(wal|wa) (?=.)");
    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");

    private static final class Holder {
        static final FactionLexicon SHARED = load();
    }

    private final List<FactionEntry> entries;
    private final Map<String, FactionEntry> byKey;
    private final Map<String, FactionEntry> byAcronym;

    private FactionLexicon(List<FactionEntry> entries, Map<String, FactionEntry> byKey,
            Map<String, FactionEntry> byAcronym) {
        this.entries = entries;
        this.byKey = byKey;
        this.byAcronym = byAcronym;
    }

    /** The lexicon of this JVM, loaded from the classpath on first use. */
    public static FactionLexicon shared() {
        return Holder.SHARED;
    }

    /** The group a surface form names, by name, alias, acronym or transliteration variant. */
    public Optional<FactionEntry> lookup(String surface) {
        if (surface == null || surface.isBlank()) {
            return Optional.empty();
        }
        String trimmed = POSSESSIVE.matcher(surface.strip()).replaceAll("");
        String bare = startsWithThe(trimmed) ? trimmed.substring(4).strip() : trimmed;
        if (isAcronym(bare)) {
            FactionEntry hit = byAcronym.get(acronymKey(bare));
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        String key = matchKey(trimmed);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        FactionEntry hit = startsWithThe(trimmed) ? byKey.get("the" + key) : null;
        if (hit == null) {
            hit = byKey.get(key);
        }
        if (hit == null && key.length() > 4 && key.endsWith("s")) {
            hit = byKey.get(key.substring(0, key.length() - 1));
            if (hit == null && key.endsWith("es")) {
                hit = byKey.get(key.substring(0, key.length() - 2));
            }
        }
        return Optional.ofNullable(hit);
    }

    /** Every group, in file order. */
    public List<FactionEntry> all() {
        return entries;
    }

    /** The fuzzy key: normalized, Arabic particles dropped, spaces removed, doubled letters single. */
    static String matchKey(String surface) {
        String key = Gazetteer.normalize(surface);
        key = PARTICLES.matcher(key).replaceAll(m -> m.group(1) != null ? m.group(1) : "");
        key = Gazetteer.squash(key);
        return DOUBLED.matcher(key).replaceAll("$1");
    }

    private static boolean startsWithThe(String surface) {
        String s = surface.strip();
        return s.length() > 4 && s.regionMatches(true, 0, "the ", 0, 4);
    }

    /** Short all-capital forms ("IS", "AP", "U.N.", "ISIS-K") are acronyms, matched exactly but for dots. */
    static boolean isAcronym(String surface) {
        String letters = surface.replaceAll("[.\\s-]", "");
        return letters.length() >= 2 && letters.length() <= 8 && letters.chars().anyMatch(Character::isLetter)
                && letters.chars().noneMatch(Character::isLowerCase);
    }

    private static String acronymKey(String surface) {
        return surface.replaceAll("[.\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static FactionLexicon load() {
        List<FactionEntry> entries = new ArrayList<>();
        Gazetteer.readTsv("lexicon/factions.tsv", f -> {
            String kind = Gazetteer.field(f, 1);
            if (!KINDS.contains(kind)) {
                throw new IllegalStateException("factions.tsv: unknown kind " + kind + " for " + f[0]);
            }
            String country = Gazetteer.field(f, 2);
            entries.add(new FactionEntry(f[0].trim(), List.copyOf(Gazetteer.split(Gazetteer.field(f, 3))), kind,
                    country.isEmpty() ? null : country));
        });
        // Earlier rows win a shared key, so the file lists the better-known group of a name first.
        Map<String, FactionEntry> byKey = new HashMap<>();
        Map<String, FactionEntry> byAcronym = new HashMap<>();
        for (FactionEntry e : entries) {
            for (String name : names(e)) {
                // Acronyms collide with words ("IS", "AP", "WHO", "SANA" / "Sana'a"): they match all-capital
                // surfaces only; title-case forms in use ("Nato", "Unicef") are listed as aliases.
                if (isAcronym(name)) {
                    byAcronym.putIfAbsent(acronymKey(name), e);
                } else {
                    String key = matchKey(name);
                    if (key.isEmpty()) {
                        continue;
                    }
                    // "The National", "The Independent", "The Hindu": a single word after "The" is too common a
                    // word to name the outlet without its article.
                    boolean articleNeeded = startsWithThe(name) && name.strip().indexOf(' ', 4) < 0;
                    byKey.putIfAbsent(articleNeeded ? "the" + key : key, e);
                }
            }
        }
        return new FactionLexicon(List.copyOf(entries), Map.copyOf(byKey), Map.copyOf(byAcronym));
    }

    private static List<String> names(FactionEntry e) {
        List<String> names = new ArrayList<>(e.aliases().size() + 1);
        names.add(e.name());
        names.addAll(e.aliases());
        return names;
    }
}
