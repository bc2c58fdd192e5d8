package org.conflictgraph.extraction.internal.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The event triggers of {@code lexicon/event-triggers.tsv}, by lemma. */
final class TriggerLexicon {

    /**
     * One trigger sense. objectRole: victim, participant, perpetrator, subject-victim (the subject loses), none.
     * needsDep: lemmas one of which must be a dependent (particle, object, modifier); needsObj/needsSubj: the
     * entity kind (PLACE, FACTION) the object/subject must have.
     */
    record Trigger(String lemma, boolean verb, boolean noun, String type, String objectRole, boolean strong,
                   Set<String> needsDep, String needsObj, String needsSubj) {
    }

    private static volatile TriggerLexicon shared;

    private final Map<String, List<Trigger>> byLemma = new HashMap<>();

    static TriggerLexicon shared() {
        TriggerLexicon t = shared;
        if (t == null) {
            t = new TriggerLexicon(LexiconFiles.lines("lexicon/event-triggers.tsv"));
            shared = t;
        }
        return t;
    }

    TriggerLexicon(List<String[]> rows) {
        for (String[] r : rows) {
            if (r.length < 5) {
                continue;
            }
            Set<String> dep = Set.of();
            String obj = null;
            String subj = null;
            if (r.length > 5) {
                String req = r[5];
                if (req.startsWith("dep=")) {
                    dep = Set.of(req.substring(4).split("\\|"));
                } else if (req.startsWith("obj=")) {
                    obj = req.substring(4);
                } else if (req.startsWith("subj=")) {
                    subj = req.substring(5);
                }
            }
            Trigger t = new Trigger(r[0], r[1].contains("V"), r[1].contains("N"), r[2], r[3], r[4].equals("strong"),
                    dep, obj, subj);
            byLemma.computeIfAbsent(r[0], k -> new ArrayList<>()).add(t);
        }
    }

    List<Trigger> lookup(String lemma) {
        return byLemma.getOrDefault(lemma, List.of());
    }

    /** Crude lemma of a headline word (no parse there): tries the word and common suffix strippings. */
    List<Trigger> lookupWordForm(String word) {
        String w = word.toLowerCase().replaceAll("[^a-z-]", "");
        String ing = strip(w, "ing");
        for (String cand : java.util.Arrays.asList(w, strip(w, "ed"), strip(w, "d"), strip(w, "s"), strip(w, "es"), ing,
                ing == null ? null : ing + "e")) {
            if (cand != null && byLemma.containsKey(cand)) {
                return byLemma.get(cand);
            }
        }
        if (w.equals("killed") || w.equals("kills")) {
            return byLemma.getOrDefault("kill", List.of());
        }
        return List.of();
    }

    private static String strip(String w, String suffix) {
        return w.endsWith(suffix) && w.length() > suffix.length() + 2 ? w.substring(0, w.length() - suffix.length()) : null;
    }

    /** Loads a tab-separated lexicon from the classpath, skipping comments and blank lines. */
    static final class LexiconFiles {
        private LexiconFiles() {
        }

        static List<String[]> lines(String resource) {
            List<String[]> out = new ArrayList<>();
            try (InputStream in = TriggerLexicon.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing lexicon " + resource);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    out.add(line.strip().split("\t"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }
}
