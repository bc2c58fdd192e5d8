package org.conflictgraph.extraction.internal.events;

import java.util.ArrayList;
import java.util.List;

import org.conflictgraph.extraction.ArticleExtraction.Fatalities;
import org.conflictgraph.extraction.ArticleExtraction.Source;

/** A claim about one event mention, before merging: who, with what stance, where in the text. */
final class ClaimDraft {

    final Source source;
    String stance;
    int cueStart;
    int cueEnd;
    final ParsedSentence sentence;
    Fatalities fatalities;
    final List<String> perpetrators = new ArrayList<>();
    double confidence;
    /** Token of the reporting verb this claim hangs from in its sentence, or -1. */
    int reportingToken = -1;
    /** Names the claim's reported content gives (for a claim told apart from any event mention), else empty. */
    final java.util.Set<String> about = new java.util.LinkedHashSet<>();
    /** Tokens of the reported content (for claims told apart from any mention). */
    final java.util.Set<Integer> contentTokens = new java.util.HashSet<>();
    /** A denial of "the accusation", "the claim": of what was said just before, not of something it names. */
    boolean refersBack;
    /** A denial of "the accusation": the speaker is the accused of the claims just before. */
    boolean accusedBack;
    /** The outlet's own verification caveat ("could not be independently verified"). */
    boolean caveat;
    /** Told apart from any event mention by a reporting verb; it must share a party with its event. */
    boolean statement;
    /** The cue when it is not in the body text (a headline). */
    String cueText;

    ClaimDraft(Source source, String stance, int cueStart, int cueEnd, ParsedSentence sentence, double confidence) {
        this.source = source;
        this.stance = stance;
        this.cueStart = cueStart;
        this.cueEnd = cueEnd;
        this.sentence = sentence;
        this.confidence = confidence;
    }

    /** The same claim by another source (one body of a plural source). */
    ClaimDraft withSource(Source other) {
        ClaimDraft c = new ClaimDraft(other, stance, cueStart, cueEnd, sentence, confidence);
        c.fatalities = fatalities;
        c.perpetrators.addAll(perpetrators);
        c.about.addAll(about);
        c.reportingToken = reportingToken;
        c.refersBack = refersBack;
        c.caveat = caveat;
        c.accusedBack = accusedBack;
        c.statement = statement;
        c.cueText = cueText;
        return c;
    }
}
