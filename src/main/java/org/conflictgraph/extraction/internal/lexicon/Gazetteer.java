package org.conflictgraph.extraction.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Real places (countries, first-level divisions, districts, cities and towns, curated regions and features) and
 * country demonyms and capitals, loaded once per JVM from the classpath resources under {@code gazetteer/}
 * (generated from GeoNames-derived packages by {@code tools/gazetteer}) and {@code lexicon/demonyms.tsv}.
 * <p>
 * Lookups fold case, diacritics, apostrophes, dots and hyphens; all-capital acronyms ("US", "DRC") match only
 * all-capital surfaces, so the pronoun "us" is no country.
 */
public final class Gazetteer {

    /**
     * A place. {@code kind} is one of COUNTRY, PROVINCE, DISTRICT, CITY, VILLAGE, REGION, FEATURE; {@code in} is the
     * enclosing place's name (the province of a city when known, else its country; null for countries and
     * multi-country regions); {@code countryCode} is ISO 3166-1 alpha-2 (null for multi-country regions).
     */
    public record PlaceEntry(String name, String kind, String in, String countryCode, long population) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?\\s*$");

    /** Trailing (or leading) kind words reporting attaches to place names, and the kind each one asks for. */
    private static final Map<String, Set<String>> KIND_WORDS = Map.ofEntries(
            Map.entry("district", Set.of("DISTRICT")), Map.entry("districts", Set.of("DISTRICT")),
            Map.entry("county", Set.of("DISTRICT")), Map.entry("raion", Set.of("DISTRICT")),
            Map.entry("rayon", Set.of("DISTRICT")), Map.entry("woreda", Set.of("DISTRICT")),
            Map.entry("cercle", Set.of("DISTRICT")), Map.entry("lga", Set.of("DISTRICT")),
            Map.entry("local government area", Set.of("DISTRICT")), Map.entry("agency", Set.of("DISTRICT")),
            Map.entry("municipality", Set.of("DISTRICT", "CITY")), Map.entry("commune", Set.of("DISTRICT", "CITY")),
            Map.entry("province", Set.of("PROVINCE")), Map.entry("governorate", Set.of("PROVINCE")),
            Map.entry("oblast", Set.of("PROVINCE")), Map.entry("state", Set.of("PROVINCE")),
            Map.entry("prefecture", Set.of("PROVINCE")), Map.entry("department", Set.of("PROVINCE")),
            Map.entry("wilaya", Set.of("PROVINCE")), Map.entry("wilayah", Set.of("PROVINCE")),
            Map.entry("krai", Set.of("PROVINCE")), Map.entry("territory", Set.of("PROVINCE", "REGION")),
            Map.entry("region", Set.of("REGION", "PROVINCE")), Map.entry("area", Set.of("REGION", "DISTRICT")),
            Map.entry("city", Set.of("CITY")), Map.entry("town", Set.of("CITY", "VILLAGE")),
            Map.entry("village", Set.of("VILLAGE", "CITY")), Map.entry("valley", Set.of("REGION", "FEATURE")),
            Map.entry("country", Set.of("COUNTRY")));

    private static final List<String> KIND_ORDER =
            List.of("COUNTRY", "CAPITAL", "PROVINCE", "REGION", "CITY", "DISTRICT", "VILLAGE", "FEATURE");

    private static final class Holder {
        static final Gazetteer SHARED = load();
    }

    /** Keys (see {@link #normalize}) to candidates, best first; acronym keys only match all-capital surfaces. */
    private final Map<String, List<Candidate>> byKey;
    private final Map<String, List<Candidate>> byAcronym;
    /** Keys of names with spaces, squashed: "Lashkar Gah" under "lashkargah". */
    private final Map<String, List<Candidate>> bySquashedKey;
    /** Transliteration-folded keys ({@link #loose}), consulted only when the exact key finds nothing. */
    private final Map<String, List<Candidate>> byLooseKey;
    private final Map<String, String> countryByDemonym;
    private final Set<String> ethnicDemonyms;
    private final Map<String, String> countryByCapital;
    private final Map<String, PlaceEntry> countryByCode;
    private final Map<String, List<String>> demonymsByCountry;

    /** A place plus how it ranks among places of the same name. */
    private record Candidate(PlaceEntry entry, int rank) {
    }

    private Gazetteer(Map<String, List<Candidate>> byKey, Map<String, List<Candidate>> byAcronym,
            Map<String, List<Candidate>> bySquashedKey, Map<String, List<Candidate>> byLooseKey,
            Map<String, String> countryByDemonym,
            Set<String> ethnicDemonyms, Map<String, String> countryByCapital, Map<String, PlaceEntry> countryByCode,
            Map<String, List<String>> demonymsByCountry) {
        this.byKey = byKey;
        this.byAcronym = byAcronym;
        this.bySquashedKey = bySquashedKey;
        this.byLooseKey = byLooseKey;
        this.countryByDemonym = countryByDemonym;
        this.ethnicDemonyms = ethnicDemonyms;
        this.countryByCapital = countryByCapital;
        this.countryByCode = countryByCode;
        this.demonymsByCountry = demonymsByCountry;
    }

    /** The gazetteer of this JVM, loaded from the classpath on first use. */
    public static Gazetteer shared() {
        return Holder.SHARED;
    }

    /** The best place of that name (see {@link #places}). */
    public Optional<PlaceEntry> place(String surface) {
        List<PlaceEntry> all = places(surface);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
    }

    /**
     * Every place of that name, best first: countries, then national capitals, then provinces and regions, then
     * cities by population, then districts, villages and features. A trailing or leading kind word ("Kot
     * district", "Nangarhar province", "city of Aleppo") is tolerated and puts places of that kind first.
     */
    public List<PlaceEntry> places(String surface) {
        if (surface == null || surface.isBlank()) {
            return List.of();
        }
        List<Candidate> direct = candidates(surface);
        if (direct.isEmpty() && POSSESSIVE.matcher(surface).find()) {
            // "Afghanistan's", "Gaza’s" (tried second: "Saint John's" is a name).
            surface = POSSESSIVE.matcher(surface).replaceAll("");
            direct = candidates(surface);
        }
        if (!direct.isEmpty()) {
            return entries(direct, Set.of());
        }
        String key = normalize(surface);
        for (Map.Entry<String, Set<String>> kind : KIND_WORDS.entrySet()) {
            String word = kind.getKey();
            String stripped = null;
            if (key.endsWith(" " + word)) {
                stripped = key.substring(0, key.length() - word.length() - 1);
            } else if (key.startsWith(word + " of ")) {
                stripped = key.substring(word.length() + 4);
            }
            if (stripped != null && !stripped.isBlank()) {
                List<Candidate> found = candidates(stripped);
                if (!found.isEmpty()) {
                    return entries(found, kind.getValue());
                }
            }
        }
        return List.of();
    }

    /** The country an adjective or people noun names: "Afghan", "Nigerians", "U.S.", "American" (not ethnic groups). */
    public Optional<String> countryOfDemonym(String adjective) {
        if (adjective == null || adjective.isBlank()) {
            return Optional.empty();
        }
        String key = normalize(adjective);
        String country = countryByDemonym.get(key);
        if (country != null) {
            return Optional.of(country);
        }
        // "U.S. forces", "UK-based", "Syria's": country names and short forms are used adjectivally too.
        return places(adjective).stream()
                .filter(p -> p.kind().equals("COUNTRY"))
                .map(PlaceEntry::name)
                .findFirst();
    }

    /** Whether the word is a demonym of an ethnic or regional group (Kurdish, Pashtun, Tigrayan), not of a country. */
    public boolean isEthnicDemonym(String adjective) {
        return adjective != null && ethnicDemonyms.contains(normalize(adjective));
    }

    /** The demonyms of a country (by its gazetteer name), adjective first: "Afghan", "Afghans", ... */
    public List<String> demonymsOf(String country) {
        return country == null ? List.of() : demonymsByCountry.getOrDefault(country, List.of());
    }

    /** The country whose seat of government the city is ("Kabul", "Washington", "Kiev"): capitals as metonyms. */
    public Optional<String> countryOfCapital(String city) {
        if (city == null || city.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(countryByCapital.get(normalize(city)));
    }

    /** The country with that ISO 3166-1 alpha-2 code. */
    public Optional<PlaceEntry> country(String isoCode) {
        return isoCode == null ? Optional.empty()
                : Optional.ofNullable(countryByCode.get(isoCode.toUpperCase(Locale.ROOT)));
    }

    /** Every country, in ISO code order. */
    public List<PlaceEntry> countries() {
        return List.copyOf(countryByCode.values());
    }

    private List<Candidate> candidates(String surface) {
        String key = normalize(surface);
        if (key.isEmpty()) {
            return List.of();
        }
        // Exact key first; then the same letters spaced otherwise ("Lashkargah" / "Lashkar Gah"); then without a
        // leading article; then transliteration-folded, for longer words only.
        List<Candidate> out = new ArrayList<>(byKey.getOrDefault(key, List.of()));
        String bare = surface.strip();
        if (bare.length() > 4 && bare.regionMatches(true, 0, "the ", 0, 4)) {
            bare = bare.substring(4); // "the U.S.", "the UAE"
        }
        if (isAllCapitals(bare)) {
            out.addAll(byAcronym.getOrDefault(key, List.of()));
        }
        if (out.isEmpty()) {
            String squashed = squash(key);
            out.addAll(bySquashedKey.getOrDefault(squashed, List.of()));
            if (!squashed.equals(key)) {
                out.addAll(byKey.getOrDefault(squashed, List.of()));
            }
        }
        if (out.isEmpty() && (key.startsWith("al ") || key.startsWith("el "))) {
            out.addAll(byKey.getOrDefault(key.substring(3), List.of()));
        }
        if (out.isEmpty() && key.length() >= 5) {
            out.addAll(byLooseKey.getOrDefault(loose(key), List.of()));
        }
        return out;
    }

    private static List<PlaceEntry> entries(List<Candidate> found, Set<String> preferredKinds) {
        List<Candidate> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((Candidate c) -> preferredKinds.contains(c.entry().kind()) ? 0 : 1)
                .thenComparingInt(Candidate::rank)
                .thenComparing(c -> -c.entry().population()));
        LinkedHashSet<PlaceEntry> unique = new LinkedHashSet<>();
        sorted.forEach(c -> unique.add(c.entry()));
        return List.copyOf(unique);
    }

    private static boolean isAllCapitals(String surface) {
        boolean letter = false;
        for (int i = 0; i < surface.length(); i++) {
            char ch = surface.charAt(i);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            letter |= Character.isLetter(ch);
        }
        return letter;
    }

    /**
     * The lookup key of a name: NFKD with marks removed, lower case, apostrophes and dots dropped, other
     * punctuation to single spaces, a leading "the " dropped. Shared by the faction lexicon.
     */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 128) {
                if (ch >= 'A' && ch <= 'Z') {
                    ch = (char) (ch + 32);
                }
                if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                    if (space && !sb.isEmpty()) {
                        sb.append(' ');
                    }
                    space = false;
                    sb.append(ch);
                } else if (ch != '\'' && ch != '.' && ch != '`') {
                    space = true;
                }
            } else {
                String folded = fold(ch);
                if (folded == null) {
                    space = true;
                } else if (!folded.isEmpty()) {
                    if (space && !sb.isEmpty()) {
                        sb.append(' ');
                    }
                    space = false;
                    sb.append(folded);
                }
            }
        }
        if (sb.length() > 4 && sb.charAt(0) == 't' && sb.charAt(1) == 'h' && sb.charAt(2) == 'e' && sb.charAt(3) == ' ') {
            return sb.substring(4);
        }
        return sb.toString();
    }

    /** Folded forms of non-ASCII characters: "" for apostrophe-like and combining marks, null for separators. */
    private static final java.util.concurrent.ConcurrentHashMap<Character, String> FOLDED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String fold(char ch) {
        String cached = FOLDED.get(ch);
        if (cached != null) {
            return cached.equals("|") ? null : cached;
        }
        String folded = switch (ch) {
            case '’', '‘', 'ʻ', 'ʼ', 'ʿ', 'ʾ', '´', 'ʹ', '′' -> "";
            case 'ø', 'Ø' -> "o";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ß' -> "ss";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'ł', 'Ł' -> "l";
            case 'ı' -> "i";
            case 'ħ', 'Ħ' -> "h";
            case 'þ', 'Þ' -> "th";
            default -> {
                String nfkd = MARKS.matcher(Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKD)).replaceAll("");
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < nfkd.length(); i++) {
                    char c = Character.toLowerCase(nfkd.charAt(i));
                    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                        out.append(c);
                    } else if (Character.isLetterOrDigit(c)) {
                        out.append(c); // other scripts stay as they are
                    }
                }
                yield out.isEmpty() ? (Character.getType(ch) == Character.NON_SPACING_MARK ? "" : null) : out.toString();
            }
        };
        FOLDED.put(ch, folded == null ? "|" : folded);
        return folded;
    }

    private static final Set<String> PARTICLES =
            Set.of("al", "el", "ul", "as", "ash", "ad", "an", "ar", "at", "az", "ez", "es", "ed", "ag");
    private static final String[][] TRANSLITERATIONS = {
        {"ou", "u"}, {"oo", "u"}, {"o", "u"}, {"kh", "k"}, {"q", "k"}, {"gh", "g"}, {"dh", "d"}, {"th", "t"},
        {"sh", "s"}, {"ph", "f"}, {"dzh", "j"}, {"dj", "j"}, {"zh", "j"}, {"ay", "e"}, {"ai", "e"}, {"ei", "e"},
        {"ey", "e"}, {"y", "i"}};

    /**
     * The transliteration-folded key: Arabic articles dropped, vowels and digraphs that romanisations spell
     * differently merged, doubled letters single, a final "h" dropped. "Deir al-Zour" = "Deir ez-Zor",
     * "Hudaydah" = "Hodeidah", "Avdiivka" = "Avdiyivka", "Raqqa" = "Raqqah".
     */
    static String loose(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        String[] tokens = key.split(" ");
        for (String t : tokens) {
            if (!(tokens.length > 1 && PARTICLES.contains(t))) {
                sb.append(t);
            }
        }
        String s = sb.toString();
        for (String[] t : TRANSLITERATIONS) {
            if (s.contains(t[0])) {
                s = s.replace(t[0], t[1]);
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != ch) {
                out.append(ch);
            }
        }
        if (out.length() > 3 && out.charAt(out.length() - 1) == 'h') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** The key with spaces removed, so "Lashkargah" meets "Lashkar Gah" and "Deir ez-Zor" meets "Deir ezZor". */
    static String squash(String key) {
        return key.replace(" ", "");
    }

    // ---------------------------------------------------------------- loading

    private static Gazetteer load() {
        Builder b = new Builder();
        Map<String, String> countryNames = new HashMap<>();
        Map<String, Long> countryPopulation = new HashMap<>();
        List<String[]> countryRows = new ArrayList<>();
        readTsv("gazetteer/countries.tsv", f -> {
            countryRows.add(f);
            countryNames.put(f[0], f[1]);
            countryPopulation.put(f[0], parseLong(f, 4));
        });
        Map<String, PlaceEntry> countryByCode = new java.util.TreeMap<>();
        Map<String, String> countryByCapital = new HashMap<>();
        // Bigger countries first, so a capital name two countries share ("Kingston") goes to the bigger one.
        countryRows.sort(Comparator.comparing((String[] f) -> -parseLong(f, 4)));
        for (String[] f : countryRows) {
            PlaceEntry country = new PlaceEntry(f[1], "COUNTRY", null, f[0], parseLong(f, 4));
            countryByCode.put(f[0], country);
            b.add(f[1], country, 0);
            for (String alt : split(field(f, 5))) {
                b.add(alt, country, 0);
            }
            for (String capital : concat(field(f, 2), split(field(f, 3)))) {
                countryByCapital.putIfAbsent(normalize(capital), f[1]);
                String bare = capital.replaceAll("(?i)\\s*,?\\s*D\\.?C\\.?$", "").replaceAll("(?i)^City of ", "");
                countryByCapital.putIfAbsent(normalize(bare), f[1]);
            }
        }
        Map<String, String> provinceNames = new HashMap<>();
        readTsv("gazetteer/regions.tsv", f -> {
            String country = countryNames.get(f[1]);
            PlaceEntry province = new PlaceEntry(f[2], f[3], country, f[1], parseLong(f, 5));
            provinceNames.put(f[0], f[2]);
            b.add(f[2], province, rank(f[3]));
            for (String alt : split(field(f, 4))) {
                b.add(alt, province, rank(f[3]));
            }
        });
        readTsv("gazetteer/districts.tsv", f -> {
            String in = f[1].isEmpty() ? countryNames.get(f[0]) : provinceNames.get(f[0] + "." + f[1]);
            PlaceEntry district = new PlaceEntry(f[2], "DISTRICT", in, f[0], 0);
            b.add(f[2], district, rank("DISTRICT"));
            if (!field(f, 3).isEmpty()) {
                b.add(f[3], district, rank("DISTRICT"));
            }
        });
        readTsv("gazetteer/cities.tsv", f -> {
            String cc = f[1];
            String in = f[2].isEmpty() ? null : provinceNames.get(cc + "." + f[2]);
            if (in == null) {
                in = countryNames.get(cc);
            }
            long population = parseLong(f, 4);
            String feature = f[3];
            boolean capital = feature.equals("C");
            boolean seat = capital || feature.equals("A") || feature.equals("B");
            String kind = seat || population >= 5000 ? "CITY" : "VILLAGE";
            PlaceEntry city = new PlaceEntry(f[0], kind, in, cc, population);
            int rank = capital ? rank("CAPITAL") : rank(kind);
            b.add(f[0], city, rank);
            for (String alt : split(field(f, 5))) {
                b.add(alt, city, rank);
            }
        });
        readTsv("gazetteer/features.tsv", f -> {
            String cc = f[3].isEmpty() ? null : f[3];
            String in = f[2].isEmpty() ? (cc == null ? null : countryNames.get(cc)) : f[2];
            PlaceEntry feature = new PlaceEntry(f[0], f[1], in, cc, parseLong(f, 4));
            // Curated regions were chosen because reporting names them: "Sahel" is the Sahel before Burkina's region.
            int rank = f[1].equals("REGION") ? rank("CAPITAL") : rank(f[1]);
            b.add(f[0], feature, rank, true);
            for (String alt : split(field(f, 5))) {
                b.add(alt, feature, rank, true);
            }
        });
        Map<String, String> countryByDemonym = new HashMap<>();
        Set<String> ethnic = new java.util.HashSet<>();
        Map<String, List<String>> demonymsByCountry = new HashMap<>();
        readTsv("lexicon/demonyms.tsv", f -> {
            if (countryNames.containsKey(f[0])) {
                demonymsByCountry.put(countryNames.get(f[0]), List.copyOf(split(field(f, 1))));
            }
            for (String form : split(field(f, 1))) {
                if (f[0].equals("-")) {
                    ethnic.add(normalize(form));
                } else if (countryNames.containsKey(f[0])) {
                    countryByDemonym.putIfAbsent(normalize(form), countryNames.get(f[0]));
                }
            }
        });
        return new Gazetteer(b.sorted(b.byKey), b.sorted(b.byAcronym), b.sorted(b.bySquashedKey),
                b.sorted(b.byLooseKey),
                Map.copyOf(countryByDemonym), Set.copyOf(ethnic), Map.copyOf(countryByCapital),
                Collections.unmodifiableMap(countryByCode), Map.copyOf(demonymsByCountry));
    }

    private static int rank(String kind) {
        int i = KIND_ORDER.indexOf(kind);
        return i < 0 ? KIND_ORDER.size() : i;
    }

    /** Collects names into the indexes. */
    private static final class Builder {
        final Map<String, List<Candidate>> byKey = new HashMap<>(200_000);
        final Map<String, List<Candidate>> byAcronym = new HashMap<>();
        final Map<String, List<Candidate>> byLooseKey = new HashMap<>(200_000);
        final Map<String, List<Candidate>> bySquashedKey = new HashMap<>(100_000);

        void add(String name, PlaceEntry entry, int rank) {
            add(name, entry, rank, switch (entry.kind()) {
                case "DISTRICT", "VILLAGE" -> false;
                case "CITY" -> entry.population() > 0;
                default -> true;
            });
        }

        private PlaceEntry lastEntry;
        private final List<String> lastKeys = new ArrayList<>();

        void add(String name, PlaceEntry entry, int rank, boolean loosely) {
            String key = normalize(name);
            if (key.isEmpty()) {
                return;
            }
            // Names of one place often fold to one key ("Herat", "Herāt"): index it once.
            if (entry != lastEntry) {
                lastEntry = entry;
                lastKeys.clear();
            } else if (lastKeys.contains(key)) {
                return;
            }
            lastKeys.add(key);
            Candidate c = new Candidate(entry, rank);
            boolean acronym = name.length() <= 6 && isAllCapitals(name) && name.codePoints().anyMatch(Character::isLetter)
                    && !name.equals(entry.name());
            if (acronym) {
                byAcronym.computeIfAbsent(key, k -> new ArrayList<>(1)).add(c);
            } else {
                byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(c);
                if (key.indexOf(' ') >= 0) {
                    bySquashedKey.computeIfAbsent(squash(key), k -> new ArrayList<>(1)).add(c);
                }
                // Fuzzy matching is kept to places big enough to be worth the risk ("Monday" is no Mondaí).
                if (loosely && key.length() >= 5) {
                    byLooseKey.computeIfAbsent(loose(key), k -> new ArrayList<>(1)).add(c);
                }
            }
        }

        Map<String, List<Candidate>> sorted(Map<String, List<Candidate>> index) {
            Comparator<Candidate> best = Comparator.comparingInt(Candidate::rank)
                    .thenComparing(c -> -c.entry().population());
            for (List<Candidate> list : index.values()) {
                if (list.size() > 1) {
                    list.sort(best);
                    // The same place reached through two of its names counts once.
                    Set<PlaceEntry> seen = new java.util.HashSet<>();
                    list.removeIf(c -> !seen.add(c.entry()));
                }
            }
            return index;
        }
    }

    static void readTsv(String resource, Consumer<String[]> row) {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String field(String[] f, int i) {
        return i < f.length ? f[i].trim() : "";
    }

    static List<String> split(String list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : list.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        if (!first.isEmpty()) {
            out.add(first);
        }
        out.addAll(rest);
        return out;
    }

    private static long parseLong(String[] f, int i) {
        String s = field(f, i);
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }
}
