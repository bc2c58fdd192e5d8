package org.conflictgraph.graph.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.conflictgraph.extraction.internal.lexicon.FactionLexicon;
import org.conflictgraph.graph.EntityKind;

/**
 * Names turned into comparable keys. {@link #norm} is exactly the scorer's {@code norm()} (shared/eval/score);
 * the identity keys go further so that spellings of one name in different outlets meet: titles dropped,
 * the Arabic article folded, transliteration variants folded (Mansour/Mansoor, Sergei/Sergey, Qaeda/Qaida),
 * acronyms tied to their long forms, and a state's names (Russia, Moscow, Kremlin, Russian government)
 * tied together for factions.
 */
public final class NameKeys {

    /** Prefix of keys that tie an acronym ({@code acr:}) to the initials of a long form ({@code ini:}). */
    public static final String ACRONYM = "acr:";
    public static final String INITIALS = "ini:";
    /** Prefix of the key of a group known to the faction lexicon (its canonical name). */
    public static final String LEXICON = "lex:";

    private static final Pattern NON_ALNUM = Pattern.compile("[\\W_]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final String DELETED = "'\u2018\u2019\u201b`\u00b4\u02bb\u02bc\u02be\u02bf\u02b9.";
    private static final Map<Character, String> TRANSLIT = Map.ofEntries(
            Map.entry('ø', "o"), Map.entry('Ø', "o"), Map.entry('ł', "l"), Map.entry('Ł', "l"),
            Map.entry('đ', "d"), Map.entry('Đ', "d"), Map.entry('ð', "d"), Map.entry('Ð', "d"),
            Map.entry('þ', "th"), Map.entry('Þ', "th"), Map.entry('ß', "ss"), Map.entry('æ', "ae"),
            Map.entry('Æ', "ae"), Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ı', "i"));

    /** Titles and honorifics that precede a person's name and are not part of it. */
    static final Set<String> HONORIFICS = Set.of(
            "mullah", "mulla", "mawlawi", "maulvi", "molvi", "moulvi", "maulana", "mawlana", "sheikh", "shaikh",
            "sheik", "shaykh", "sheikha", "haji", "hajji", "hafiz", "qari", "imam", "ayatollah", "grand", "sayyed",
            "sayed", "syed", "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "brigadier",
            "brig", "captain", "capt", "commander", "cmdr", "admiral", "adm", "rear", "vice", "sergeant", "sgt",
            "marshal", "field", "corporal", "cpl", "private", "pvt", "mr", "mrs", "ms", "miss", "dr", "prof",
            "professor", "president", "presidential", "prime", "minister", "foreign", "defence", "defense",
            "interior", "secretary", "state", "king", "queen", "prince", "princess", "emir", "amir", "sultan",
            "crown", "sir", "lord", "lady", "senator", "sen", "rep", "representative", "governor", "gov", "mayor",
            "chief", "deputy", "spokesman", "spokeswoman", "spokesperson", "police", "army", "his", "her",
            "excellency", "father", "pope", "bishop", "archbishop", "cardinal", "rabbi", "rev", "reverend",
            "judge", "justice", "ambassador", "envoy", "commissioner", "former", "late", "then", "acting",
            "supreme", "leader", "top", "senior", "militant", "warlord", "cleric", "officer", "head", "director");

    /** Words that make a faction name generic: a name made only of these never ties two articles together. */
    static final Set<String> GENERIC = Set.of(
            "government", "governments", "army", "armies", "police", "military", "authorities", "authority",
            "forces", "force", "troops", "soldiers", "officials", "official", "rebels", "rebel", "militants",
            "militant", "insurgents", "insurgent", "fighters", "militia", "militias", "militiamen", "ministry",
            "security", "state", "media", "group", "groups", "coalition", "alliance", "opposition", "regime",
            "administration", "jihadists", "jihadist", "extremists", "terrorists", "gunmen", "attackers",
            "health", "defence", "defense", "interior", "foreign", "affairs", "office", "council", "command",
            "general", "local", "federal", "national", "regional", "joint", "armed", "special", "units", "unit",
            "intelligence", "service", "services", "agency", "army's", "movement", "front", "organisation",
            "organization", "party", "side", "sides", "residents", "villagers", "civilians", "people",
            "witnesses", "sources", "source", "observers", "activists", "analysts", "experts", "diplomats",
            "leaders", "leadership", "members", "supporters", "loyalists", "cell", "cells", "faction", "factions",
            "and", "of", "the", "a", "an", "in", "for", "to", "its", "their", "his", "her", "new", "old", "former",
            "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "breakaway",
            "splinter", "pro", "anti", "backed", "led", "allied", "hospital", "doctors", "medics", "ambulance",
            "state's", "country", "nation", "republic", "kingdom", "emirate", "province", "region", "district");

    /** Words after a faction's own name that name a part or a form of it, not another body. */
    private static final List<List<String>> FACTION_TAILS = List.of(
            List.of("general", "command"), List.of("central", "command"), List.of("joint", "force"),
            List.of("command"), List.of("leadership"), List.of("group"), List.of("movement"),
            List.of("militants"), List.of("rebels"), List.of("fighters"), List.of("insurgents"),
            List.of("network"), List.of("organisation"), List.of("organization"));

    /** Words dropped when taking the initials of a long form. */
    private static final Set<String> INITIALS_SKIP = Set.of("of", "and", "the", "for", "to", "in", "al", "el",
            "wal", "wa", "on", "at", "de", "du", "des", "la", "le", "li");

    /** Function words and articles inside Arabic-script names, written attached or not. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "il");

    private static final String[] FORCES_WORDS = {"armed forces", "forces", "force", "troops", "army", "military",
            "soldiers", "defence forces", "defense forces", "security forces", "national army", "armed forces",
            "government forces", "government troops", "federal forces", "federal troops", "regular forces",
            "regular army", "regime forces", "military forces", "national defence forces"};
    private static final String[] GOVERNMENT_WORDS = {"government", "regime", "administration", "authorities",
            "state", "leadership"};

    private NameKeys() {
    }

    /** Exactly the scorer's {@code norm()}: diacritics, case, apostrophes and dots, punctuation, leading "the". */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder t = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = TRANSLIT.get(c);
            if (r != null) {
                t.append(r);
            } else {
                t.append(c);
            }
        }
        String d = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFKD)).replaceAll("");
        d = d.toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (DELETED.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        String out = NON_ALNUM.matcher(kept).replaceAll(" ").strip();
        if (out.startsWith("the ")) {
            out = out.substring(4);
        }
        return out;
    }

    /** The normalised name's tokens. */
    static List<String> tokens(String name) {
        String n = norm(name);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    /**
     * A person's name as folded tokens: titles at the front dropped (at least one token kept), Arabic
     * articles dropped, each token transliteration-folded. "Mullah Akhtar Mohammad Mansoor" gives
     * [aktar, muhamad, mansur].
     */
    public static List<String> personTokens(String name) {
        List<String> raw = new ArrayList<>(tokens(stripPossessive(name)));
        while (raw.size() > 1 && HONORIFICS.contains(raw.getFirst())) {
            raw.removeFirst();
        }
        List<String> out = new ArrayList<>(raw.size());
        for (String t : raw) {
            if (ARTICLES.contains(t) && raw.size() > 1) {
                continue;
            }
            String f = fold(t);
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    /** Folded tokens of a group's or place's name: articles dropped, each token folded, order kept. */
    static List<String> nameTokens(String name) {
        List<String> out = new ArrayList<>();
        List<String> raw = tokens(name);
        for (String t : raw) {
            if (ARTICLES.contains(t) && raw.size() > 1) {
                continue;
            }
            String f = fold(t);
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Transliteration folding of one normalised token: kh/k, gh/g, q/k, ph/f, dh/d, ou/oo/u, ee/ey/ei/y/e/i,
     * o/u, "abdul/abdel/abdur" to "abd", doubled letters collapsed, a final h after a vowel dropped.
     * Folding is for comparison only; it is never shown.
     */
    public static String fold(String token) {
        String t = token;
        if (t.length() > 4 && t.matches("abd(ul|el|al|ur|ar|ol|ou|u|e)[a-z]+")) {
            t = "abd" + t.replaceFirst("^abd(ul|el|al|ur|ar|ol|ou|u|e)", "");
        }
        t = t.replace("kh", "k").replace("gh", "g").replace("q", "k").replace("ph", "f").replace("dh", "d")
                .replace("ck", "k").replace("dj", "j").replace("ou", "u").replace("oo", "u").replace("ee", "i")
                .replace("ei", "i").replace("ey", "i").replace("ie", "i").replace("ae", "a").replace("ai", "a")
                .replace('y', 'i').replace('e', 'i').replace('o', 'u').replace('w', 'u');
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (b.isEmpty() || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        if (b.length() > 3 && b.charAt(b.length() - 1) == 'h' && "aiu".indexOf(b.charAt(b.length() - 2)) >= 0) {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }

    /** The consonant skeleton of a folded token (first letter kept): a coarse blocking key, never a decision. */
    static String skeleton(String folded) {
        if (folded.isEmpty()) {
            return folded;
        }
        StringBuilder b = new StringBuilder().append(folded.charAt(0));
        for (int i = 1; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("aiuh".indexOf(c) < 0 && b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True when every token of the name is a generic word ("government", "security forces", "the army"). */
    public static boolean isGeneric(String name) {
        List<String> t = tokens(name);
        return t.isEmpty() || GENERIC.containsAll(t);
    }

    /** A name written as an acronym: one token of 2 to 7 letters or digits, in capitals ("ISIL", "U.N.", "G5"). */
    static boolean looksLikeAcronym(String name) {
        if (name == null) {
            return false;
        }
        String compact = name.strip().replace(".", "").replace("-", "");
        if (compact.length() < 2 || compact.length() > 7 || !compact.chars().allMatch(Character::isLetterOrDigit)) {
            return false;
        }
        long upper = compact.chars().filter(Character::isUpperCase).count();
        long lower = compact.chars().filter(Character::isLowerCase).count();
        return upper >= 2 && lower <= 2;
    }

    /** Initials of a long form ("Islamic State of Iraq and the Levant" gives "isil"); null below 3 initials. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String t : tokens(name)) {
            if (!INITIALS_SKIP.contains(t)) {
                b.append(t.charAt(0));
            }
        }
        return b.length() >= 3 ? b.toString() : null;
    }

    /** The identity key of one name: its folded tokens joined without spaces (spaces and hyphens folded). */
    public static String key(EntityKind kind, String name) {
        List<String> t = kind == EntityKind.ACTOR ? personTokens(name) : nameTokens(name);
        return String.join("", t);
    }

    /**
     * Every key a name gives for blocking and merging, per kind: the identity key; for factions also the
     * key without a trailing part word ("al-Qaeda general command" is al-Qaeda), acronym and initials keys,
     * the known equivalences, and state keys ({@code state:ru} for Russia, Moscow, the Kremlin, the Russian
     * government; {@code forces:ru} for Russian forces, troops, army, military). Generic names give none.
     */
    public static Set<String> keys(EntityKind kind, String name) {
        Set<String> out = new LinkedHashSet<>();
        if (name == null || norm(name).isEmpty()) {
            return out;
        }
        String n = norm(stripPossessive(name));
        switch (kind) {
            case ACTOR -> {
                String k = key(kind, name);
                if (!k.isEmpty()) {
                    out.add(k);
                }
            }
            case FACTION, SOURCE -> {
                String eq = KnownEquivalences.groupOf(n);
                if (eq != null) {
                    out.add(eq);
                }
                FactionLexicon.shared().lookup(name)
                        .ifPresent(entry -> out.add(LEXICON + norm(entry.name())));
                String state = States.factionKey(n, GOVERNMENT_WORDS, FORCES_WORDS);
                if (state != null) {
                    out.add(state);
                }
                if (isGeneric(name)) {
                    return out;
                }
                out.add(key(kind, name));
                String trimmed = withoutTail(n);
                if (trimmed != null && !isGeneric(trimmed)) {
                    out.add(key(kind, trimmed));
                    String eq2 = KnownEquivalences.groupOf(trimmed);
                    if (eq2 != null) {
                        out.add(eq2);
                    }
                }
                if (looksLikeAcronym(name)) {
                    out.add(ACRONYM + n.replace(" ", ""));
                } else {
                    String ini = initials(trimmed != null ? trimmed : n);
                    if (ini != null) {
                        out.add(INITIALS + ini);
                    }
                }
            }
            case PLACE -> {
                String country = States.countryKey(n);
                if (country != null) {
                    out.add(country);
                }
                if (!isGeneric(name)) {
                    out.add(key(kind, name));
                }
            }
        }
        out.remove("");
        return out;
    }

    /** Keys of a name and its aliases together. */
    public static Set<String> keys(EntityKind kind, String name, Collection<String> aliases) {
        Set<String> out = new LinkedHashSet<>(keys(kind, name));
        if (aliases != null) {
            for (String a : aliases) {
                out.addAll(keys(kind, a));
            }
        }
        return out;
    }

    /**
     * The keys to look up for a set of own keys: an acronym meets initials and other acronyms; initials
     * meet acronyms only (two long forms with the same initials are not thereby the same group).
     */
    public static Set<String> lookupKeys(Collection<String> own) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : own) {
            if (k.startsWith(INITIALS)) {
                out.add(ACRONYM + k.substring(INITIALS.length()));
            } else if (k.startsWith(ACRONYM)) {
                out.add(k);
                out.add(INITIALS + k.substring(ACRONYM.length()));
            } else {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Normalised spellings to look nodes up by for a set of keys: every name of an equivalence group, of a
     * lexicon entry, and a state's names, seats and "&lt;demonym&gt; government/forces" forms.
     */
    public static Set<String> surfaceForms(Collection<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            if (k.startsWith("eq:")) {
                KnownEquivalences.namesOf(k).forEach(n -> out.add(norm(n)));
            } else if (k.startsWith(LEXICON)) {
                out.addAll(LexiconForms.BY_CANONICAL.getOrDefault(k.substring(LEXICON.length()), List.of()));
            } else if (k.startsWith(States.STATE) || k.startsWith(States.FORCES) || k.startsWith(States.COUNTRY)) {
                out.addAll(States.forms(k, GOVERNMENT_WORDS, FORCES_WORDS));
            } else if (k.startsWith(ACRONYM)) {
                out.add(k.substring(ACRONYM.length()));
            } else if (k.startsWith(INITIALS)) {
                out.add(k.substring(INITIALS.length()));
            }
        }
        out.remove("");
        return out;
    }

    /** The lexicon's spellings per normalised canonical name, built once. */
    private static final class LexiconForms {
        static final Map<String, List<String>> BY_CANONICAL = build();

        private static Map<String, List<String>> build() {
            Map<String, List<String>> out = new java.util.HashMap<>();
            for (FactionLexicon.FactionEntry e : FactionLexicon.shared().all()) {
                List<String> forms = out.computeIfAbsent(norm(e.name()), k -> new ArrayList<>());
                forms.add(norm(e.name()));
                e.aliases().forEach(a -> forms.add(norm(a)));
            }
            return out;
        }
    }

    /** The faction name without a trailing part word, or null when it has none. */
    static String withoutTail(String normalised) {
        List<String> t = Arrays.asList(normalised.split(" "));
        for (List<String> tail : FACTION_TAILS) {
            if (t.size() > tail.size() && t.subList(t.size() - tail.size(), t.size()).equals(tail)) {
                return String.join(" ", t.subList(0, t.size() - tail.size()));
            }
        }
        if (t.size() == 1 && t.getFirst().length() > 4 && t.getFirst().endsWith("is")) {
            return t.getFirst().substring(0, t.getFirst().length() - 1); // "Houthis" is the Houthi movement
        }
        return null;
    }

    private static String stripPossessive(String name) {
        return name == null ? null : name.replaceAll("(?i)['\u2019]s\\b", "");
    }
}
