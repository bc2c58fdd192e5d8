package org.conflictgraph.extraction.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.conflictgraph.extraction.ArticleExtraction.Fatalities;

/**
 * Death tolls of a sentence as a range: "at least 13", "more than 3,000" (counts as N), "around 70",
 * "between 10 and 50", "1,200 to 1,600", "dozens", "killing 25 soldiers", "no one was killed" (0).
 */
final class FatalityParser {

    private static final Set<String> DEATH = Set.of("kill", "die", "dead", "death", "toll", "body", "massacre",
            "execute", "behead", "fatality", "casualty", "murder", "slaughter", "corpse", "bury", "life", "killing");
    private static final Set<String> PEOPLE = Set.of("people", "person", "civilian", "soldier", "troop", "man",
            "woman", "child", "fighter", "militant", "attacker", "body", "death", "dead", "worker", "resident",
            "villager", "policeman", "officer", "member", "student", "patient", "victim", "militiaman", "jihadist",
            "rebel", "insurgent", "guard", "staff", "casualty", "fatality", "life", "name", "corpse",
            "passenger", "pilgrim", "worshipper", "other", "those", "of", "personnel", "recruit");
    /** Counts of the wounded, missing, held or displaced are no deaths ("killing 14 and wounding 43"). */
    private static final Set<String> NOT_DEATH = Set.of("wound", "wounded", "injure", "injured", "injury", "hurt",
            "missing", "miss", "arrest", "detain", "abduct", "kidnap", "displace", "evacuate", "rescue", "capture",
            "hostage", "prisoner", "survivor", "survive");
    private static final Map<String, Integer> VAGUE = Map.of("dozens", 24, "scores", 40, "hundreds", 200,
            "thousands", 2000, "dozen", 12);

    Fatalities parse(ParsedSentence s) {
        boolean deathy = false;
        for (int i = 0; i < s.tokens.size(); i++) {
            if (DEATH.contains(s.lemma(i))) {
                deathy = true;
                break;
            }
        }
        if (!deathy) {
            return null;
        }
        String lower = s.tokens.stream().map(CoreLabel::word).reduce("", (a, b) -> a + " " + b).toLowerCase(Locale.ROOT);
        if (lower.contains(" no one was killed") || lower.contains(" no casualties") || lower.contains(" no deaths")
                || lower.contains(" nobody was killed") || lower.contains(" no one was hurt")) {
            return new Fatalities(0, 0);
        }
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < s.tokens.size(); i++) {
            CoreLabel tok = s.tokens.get(i);
            String w = tok.word().toLowerCase(Locale.ROOT);
            if (VAGUE.containsKey(w) && followedByPeople(s, i)) {
                values.add(VAGUE.get(w));
                continue;
            }
            if (!"NUMBER".equals(tok.ner()) && !"CD".equals(tok.tag())) {
                continue;
            }
            if (i + 1 < s.tokens.size() && "CD".equals(s.tag(i + 1))) {
                continue; // "1 200" split numbers: the last token carries the value
            }
            Integer n = value(tok);
            if (n == null || n <= 0 || n > 200_000) {
                continue;
            }
            String ner = tok.ner();
            if (ner != null && !ner.equals("NUMBER") && !ner.equals("O")) {
                continue; // dates, money, percentages, ordinals
            }
            if (countsPeople(s, i) || rangeEnd(s, i, values)) {
                values.add(n);
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        int low = values.stream().min(Integer::compare).orElseThrow();
        int high = values.stream().max(Integer::compare).orElseThrow();
        return new Fatalities(low, high);
    }

    /** The second figure of "between 10 and 50", "1,200 to 1,600" when the first one counted. */
    private boolean rangeEnd(ParsedSentence s, int i, List<Integer> accepted) {
        if (i < 2 || accepted.isEmpty()) {
            return false;
        }
        String link = s.word(i - 1).toLowerCase(Locale.ROOT);
        if (!(link.equals("and") || link.equals("to") || link.equals("-") || link.equals("\u2013"))
                || !"CD".equals(s.tag(i - 2))) {
            return false;
        }
        Integer prev = value(s.tokens.get(i - 2));
        return prev != null && accepted.contains(prev);
    }

    private boolean followedByPeople(ParsedSentence s, int i) {
        return i + 1 < s.tokens.size() && (s.word(i + 1).equalsIgnoreCase("of") || PEOPLE.contains(s.lemma(i + 1)));
    }

    /** The number counts people: it modifies a people noun, or stands alone as a toll ("at 276", "killed 25"). */
    private boolean countsPeople(ParsedSentence s, int i) {
        IndexedWord w = s.node(i).orElse(null);
        if (w == null) {
            return false;
        }
        SemanticGraphEdge up = s.parentEdge(w);
        if (up == null) {
            return false;
        }
        String rel = up.getRelation().toString();
        IndexedWord gov = up.getGovernor();
        String gl = gov.lemma() == null ? "" : gov.lemma().toLowerCase(Locale.ROOT);
        if (NOT_DEATH.contains(gl) || gl.startsWith("wound") || gl.startsWith("injur")
                || s.children(w, "amod").stream().anyMatch(a -> NOT_DEATH.contains(a.word().toLowerCase(Locale.ROOT)))
                || i + 1 < s.tokens.size() && NOT_DEATH.contains(s.word(i + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (rel.startsWith("nummod")) {
            return PEOPLE.contains(gl) && (DEATH.contains(gl) || nearDeath(s, gov));
        }
        if (rel.equals("compound") || rel.startsWith("nmod") && !PEOPLE.contains(gl)) {
            return false;
        }
        // a bare number: "the toll rose to 300", "killed 25", "Fifteen of the attackers"
        for (IndexedWord c : s.children(w, "nmod:of")) {
            return PEOPLE.contains(c.lemma().toLowerCase(Locale.ROOT));
        }
        return (rel.startsWith("obj") || rel.startsWith("obl") || rel.startsWith("nsubj") || rel.equals("conj")
                || rel.equals("appos") || DEATH.contains(gl)) && nearDeath(s, w);
    }

    /** A death word governs the phrase within a few steps, or sits beside it ("put the toll at 276"). */
    private boolean nearDeath(ParsedSentence s, IndexedWord w) {
        IndexedWord cur = w;
        for (int i = 0; i < 4 && cur != null; i++) {
            String l = cur.lemma() == null ? "" : cur.lemma().toLowerCase(Locale.ROOT);
            if (DEATH.contains(l)) {
                return true;
            }
            SemanticGraphEdge up = s.parentEdge(cur);
            if (up == null) {
                return false;
            }
            for (SemanticGraphEdge sib : s.outgoing(up.getGovernor())) {
                String r = sib.getRelation().toString();
                if ((r.startsWith("obj") || r.startsWith("nsubj")) && DEATH.contains(sib.getDependent().lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            cur = up.getGovernor();
        }
        return false;
    }

    private static Integer value(CoreLabel tok) {
        Number n = tok.get(edu.stanford.nlp.ling.CoreAnnotations.NumericCompositeValueAnnotation.class);
        if (n != null) {
            return n.intValue();
        }
        String norm = tok.get(edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        String raw = norm != null ? norm : tok.word();
        try {
            return (int) Double.parseDouble(raw.replace(",", "").replaceAll("^[~<>]=?", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
