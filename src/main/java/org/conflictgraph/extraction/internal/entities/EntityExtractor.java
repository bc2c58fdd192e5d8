package org.conflictgraph.extraction.internal.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.pipeline.Annotation;
import org.conflictgraph.extraction.ArticleExtraction.Actor;
import org.conflictgraph.extraction.ArticleExtraction.Evidence;
import org.conflictgraph.extraction.ArticleExtraction.Faction;
import org.conflictgraph.extraction.ArticleExtraction.Place;
import org.conflictgraph.extraction.ArticleExtraction.Relation;
import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.extraction.internal.entities.PersonClusterer.Person;
import org.conflictgraph.extraction.internal.entities.PersonClusterer.PersonMention;
import org.conflictgraph.extraction.internal.lexicon.FactionLexicon;
import org.conflictgraph.extraction.internal.lexicon.Gazetteer;
import org.conflictgraph.extraction.internal.nlp.Entities;
import org.conflictgraph.extraction.internal.nlp.EntityKind;
import org.conflictgraph.extraction.internal.nlp.Mention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Actors, factions, places and their relations from an annotated article. */
public final class EntityExtractor {

    private static final Logger log = LoggerFactory.getLogger(EntityExtractor.class);
    private static final Set<String> PERSON_LINKS = Set.of("LEADS", "MEMBER_OF", "COMMANDS");

    private final WorldKnowledge world;
    private final TitleLexicon titles;

    public EntityExtractor() {
        this(new LexiconWorldKnowledge(Gazetteer.shared(), FactionLexicon.shared()), TitleLexicon.shared());
    }

    EntityExtractor(WorldKnowledge world, TitleLexicon titles) {
        this.world = world;
        this.titles = titles;
    }

    /** Never throws: a failure in the rules yields what was found so far, or nothing. */
    public Entities extract(Annotation doc, ArticleText article) {
        try {
            return run(new ParsedText(doc, article == null ? "" : article.text()), article);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            log.warn("entity extraction failed for '{}'", article == null || article.meta() == null ? "?"
                    : article.meta().title(), e);
            return new Entities(List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    Entities run(ParsedText t, ArticleText article) {
        if (t.sentenceCount() == 0) {
            return new Entities(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        boolean[][] skip = BoilerplateFilter.mask(t, article == null ? null : article.meta());
        EntityTable table = new EntityTable(t);
        FactionRecognizer factions = new FactionRecognizer(world);
        PersonRecognizer persons = new PersonRecognizer(world, titles);
        PlaceRecognizer places = new PlaceRecognizer(world);

        factions.knownGroups(t, skip, table);
        List<PersonMention> personMentions = new ArrayList<>(persons.mentions(t, skip, table));
        factions.statePhrases(t, skip, table);
        factions.metonyms(t, skip, table);
        places.places(t, skip, table);
        factions.taggedOrganisations(t, skip, table);
        factions.acronyms(t, skip, table);
        factions.bareStateNouns(t, skip, table);
        places.mergeSuffixVariants(table);
        places.countriesOnlyActing(t, table, factions, factions.dominantCountry(t, skip));
        dropOutlet(table, article);
        personMentions.addAll(persons.untaggedShortForms(t, skip, table, personMentions));
        personMentions.sort(Comparator.comparing(PersonMention::span));

        for (Person p : PersonClusterer.cluster(personMentions)) {
            String name = p.name();
            EntityRecord r = table.find(EntityKind.ACTOR, name).orElse(null);
            if (r == null) {
                r = new EntityRecord(EntityKind.ACTOR, name, null, 0.5);
                table.all().add(r);
                table.index(r, name);
            }
            r.core = p.core;
            for (PersonMention m : p.mentions) {
                r.mention(m.span(), m.surface());
            }
            String untitled = String.join(" ", p.core);
            if (!untitled.equalsIgnoreCase(name) && name.toLowerCase(Locale.ROOT).endsWith(untitled.toLowerCase(Locale.ROOT))) {
                r.surfaces.add(name.substring(name.length() - untitled.length()));
            }
            r.confidence = Math.min(0.95, 0.55 + 0.1 * p.mentions.size() + (p.core.size() >= 2 ? 0.15 : 0));
        }

        List<RelationDraft> drafts = new RelationExtractor(t, table, factions).extract(personMentions);
        return assemble(t, table, drafts);
    }

    private Entities assemble(ParsedText t, EntityTable table, List<RelationDraft> drafts) {
        // final names: not the headline's capitals, not a bare common noun; a known group by the lexicon's form
        for (EntityRecord r : table.all()) {
            if (isShouted(r.name) || GENERIC.contains(Names.key(r.name))) {
                r.surfaces.stream().filter(x -> !isShouted(x) && !GENERIC.contains(Names.key(x))).findFirst()
                        .ifPresent(x -> r.name = x);
            }
            if (r.known != null) {
                for (String s : r.surfaces) {
                    if (Names.key(s).equals(Names.key(r.known))) {
                        r.name = s;
                    }
                }
            }
        }
        // leaders: with a president in the text, a prime minister is a member of the government
        Map<String, RelationDraft> unique = new LinkedHashMap<>();
        Map<String, List<Evidence>> evidence = new HashMap<>();
        for (RelationDraft d : drafts) {
            if (!table.all().contains(d.from()) || !table.all().contains(d.to())) {
                continue;
            }
            String a = d.from().name;
            String b = d.to().name;
            boolean symmetric = d.type().equals("RIVAL_OF") || d.type().equals("ALLIED_WITH");
            String key = d.type() + "|" + (symmetric && a.compareTo(b) > 0 ? b + "|" + a : a + "|" + b);
            RelationDraft prev = unique.get(key);
            if (prev == null || prev.confidence() < d.confidence()) {
                unique.put(key, prev == null ? d : new RelationDraft(d.type(), prev.from(), prev.to(),
                        first(prev.since(), d.since()), first(prev.until(), d.until()),
                        prev.ended() != null ? prev.ended() : d.ended(), prev.sentence(), d.confidence()));
            }
            Evidence ev = new Evidence(t.sentenceStart(d.sentence()), t.sentenceEnd(d.sentence()));
            List<Evidence> list = evidence.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(ev)) {
                list.add(ev);
            }
        }
        // a person's factions: the groups they lead, command or belong to
        for (RelationDraft d : unique.values()) {
            if (d.from().kind == EntityKind.ACTOR && d.to().kind == EntityKind.FACTION && PERSON_LINKS.contains(d.type())) {
                d.from().factions.add(d.to().name);
            }
        }
        String dominantCountry = dominantCountry(table);
        List<Actor> actors = new ArrayList<>();
        List<Faction> factionList = new ArrayList<>();
        List<Place> placeList = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<EntityRecord> ordered = new ArrayList<>(table.all());
        ordered.sort(Comparator.comparing(r -> r.firstSpan() == null ? new Span(Integer.MAX_VALUE, 0, 0) : r.firstSpan()));
        for (EntityRecord r : ordered) {
            switch (r.kind) {
                case ACTOR -> actors.add(new Actor(r.name, r.aliases(), new ArrayList<>(r.roles),
                        new ArrayList<>(new LinkedHashSet<>(r.factions)), round(r.confidence)));
                case FACTION -> factionList.add(new Faction(r.name, r.aliases(), r.subKind == null ? "OTHER" : r.subKind,
                        round(r.confidence)));
                case PLACE -> {
                    String in = r.in;
                    if (in == null && dominantCountry != null && !"COUNTRY".equals(r.subKind)
                            && !r.name.equals(dominantCountry) && (r.country == null || r.country.equals(dominantCountry))) {
                        in = dominantCountry;
                    }
                    placeList.add(new Place(r.name, r.aliases(), r.subKind == null ? "REGION" : r.subKind, in,
                            round(r.confidence)));
                }
            }
            for (Span s : r.spans) {
                mentions.add(new Mention(s.sentence(), s.begin(), s.end(), t.charStart(s.sentence(), s.begin()),
                        t.charEnd(s.sentence(), s.end() - 1), r.name, r.kind));
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::beginToken));
        List<Relation> relations = new ArrayList<>();
        for (Map.Entry<String, RelationDraft> e : unique.entrySet()) {
            RelationDraft d = e.getValue();
            relations.add(new Relation(d.type(), d.from().name, d.to().name, d.since(), d.until(), d.ended(),
                    evidence.get(e.getKey()), round(d.confidence())));
        }
        return new Entities(actors, factionList, placeList, relations, mentions);
    }

    private static final Set<String> GENERIC = Set.of("government", "authorities", "army", "police", "military",
            "forces", "security forces", "group", "troops");

    private static boolean isShouted(String name) {
        return name.length() > 3 && name.equals(name.toUpperCase(Locale.ROOT)) && name.contains(" ");
    }

    /** The article's own outlet is its voice (a source), not a faction of the story. */
    private static void dropOutlet(EntityTable table, ArticleText article) {
        if (article == null || article.meta() == null || article.meta().outlet() == null) {
            return;
        }
        String outlet = Names.key(article.meta().outlet());
        for (EntityRecord r : List.copyOf(table.of(EntityKind.FACTION))) {
            if (r.surfaces.stream().anyMatch(s -> Names.key(s).equals(outlet))) {
                table.remove(r);
            }
        }
    }

    /** The country most places of the article lie in (or are): unknown local places are assumed to be there. */
    private static String dominantCountry(EntityTable table) {
        Map<String, Integer> count = new HashMap<>();
        for (EntityRecord r : table.of(EntityKind.PLACE)) {
            String c = "COUNTRY".equals(r.subKind) ? r.name : r.country;
            if (c != null) {
                count.merge(c, Math.max(1, r.spans.size()), Integer::sum);
            }
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
