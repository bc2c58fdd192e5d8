package org.conflictgraph.extraction.internal.entities;

import java.util.Set;

/** Closed word classes the recognisers key on (lower-case lemmas or words). */
final class Cues {

    private Cues() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Nouns naming a state's armed body: "Afghan forces", "Nigerian troops". */
    static final Set<String> FORCE_NOUNS = set("force", "forces", "troops", "troop", "soldier", "soldiers", "army",
            "military", "police", "policemen", "navy", "marines", "gendarmerie", "gendarmes", "units", "unit",
            "paratroopers", "servicemen", "commandos", "guards", "coalition", "peacekeepers", "contingent");

    /** Nouns naming a state's civil power: "Afghan officials", "the Malian government". */
    static final Set<String> GOVERNMENT_NOUNS = set("government", "officials", "official", "authorities",
            "administration", "regime", "leadership", "cabinet", "junta", "ministry");

    /** Words that may sit between a demonym and its force/government noun: "Ethiopian federal troops". */
    static final Set<String> STATE_MODIFIERS = set("federal", "security", "armed", "government", "special",
            "regular", "national", "state", "military", "air", "ground", "elite", "border", "riot", "local",
            "defence", "defense", "interior", "foreign", "health", "information");

    /** Nouns for members of a group, used after its name: "Taliban fighters", "ISIS militants". */
    static final Set<String> MEMBER_NOUNS = set("fighters", "fighter", "militants", "militant", "rebels", "rebel",
            "insurgents", "insurgent", "gunmen", "jihadists", "jihadis", "members", "militiamen", "forces",
            "troops", "group", "movement", "militia", "network", "organisation", "organization", "faction",
            "loyalists", "supporters", "extremists", "terrorists", "cells", "cell", "ranks");

    /** Place nouns that follow a name: "Kot district", "Peha valley"; value: FORMAT.md place kind. */
    static final java.util.Map<String, String> PLACE_SUFFIX = java.util.Map.ofEntries(
            java.util.Map.entry("district", "DISTRICT"), java.util.Map.entry("province", "PROVINCE"),
            java.util.Map.entry("region", "PROVINCE"), java.util.Map.entry("state", "PROVINCE"),
            java.util.Map.entry("governorate", "PROVINCE"), java.util.Map.entry("oblast", "PROVINCE"),
            java.util.Map.entry("county", "DISTRICT"), java.util.Map.entry("city", "CITY"),
            java.util.Map.entry("town", "CITY"), java.util.Map.entry("village", "VILLAGE"),
            java.util.Map.entry("valley", "FEATURE"), java.util.Map.entry("mountains", "FEATURE"),
            java.util.Map.entry("mountain", "FEATURE"), java.util.Map.entry("river", "FEATURE"),
            java.util.Map.entry("base", "FEATURE"), java.util.Map.entry("airbase", "FEATURE"),
            java.util.Map.entry("airport", "FEATURE"), java.util.Map.entry("camp", "FEATURE"),
            java.util.Map.entry("street", "FEATURE"), java.util.Map.entry("square", "FEATURE"),
            java.util.Map.entry("junction", "FEATURE"), java.util.Map.entry("bridge", "FEATURE"),
            java.util.Map.entry("oilfield", "FEATURE"), java.util.Map.entry("pipeline", "FEATURE"),
            java.util.Map.entry("plant", "FEATURE"), java.util.Map.entry("dam", "FEATURE"),
            java.util.Map.entry("pass", "FEATURE"), java.util.Map.entry("crossing", "FEATURE"),
            java.util.Map.entry("hospital", "FEATURE"), java.util.Map.entry("mosque", "FEATURE"),
            java.util.Map.entry("church", "FEATURE"), java.util.Map.entry("cathedral", "FEATURE"),
            java.util.Map.entry("hotel", "FEATURE"), java.util.Map.entry("market", "FEATURE"),
            java.util.Map.entry("prison", "FEATURE"), java.util.Map.entry("port", "FEATURE"),
            java.util.Map.entry("lake", "FEATURE"), java.util.Map.entry("desert", "FEATURE"),
            java.util.Map.entry("strip", "REGION"), java.util.Map.entry("area", "REGION"),
            java.util.Map.entry("refinery", "FEATURE"), java.util.Map.entry("university", "FEATURE"),
            java.util.Map.entry("college", "FEATURE"), java.util.Map.entry("school", "FEATURE"));

    /** Place suffixes after which the bare name is still the place's name ("Kot district" is "Kot"). */
    static final Set<String> ADMIN_SUFFIXES = set("district", "province", "region", "state", "governorate",
            "oblast", "county", "city", "town", "village", "valley", "mountains", "area");

    static final Set<String> DIRECTIONS = set("northern", "southern", "eastern", "western", "central",
            "north-eastern", "north-western", "south-eastern", "south-western", "northeastern", "northwestern",
            "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest", "upper", "lower");

    /** Verbs whose subject, when it is a country or capital, stands for that state's government. */
    static final Set<String> STATE_ACTION_VERBS = set("say", "deny", "accuse", "blame", "reject", "claim",
            "insist", "condemn", "warn", "announce", "call", "urge", "vow", "threaten", "demand", "dismiss",
            "respond", "confirm", "state", "tell", "add", "describe", "believe", "suspect", "back", "support", "send",
            "deploy", "launch", "sanction", "order", "agree", "refuse", "admit", "acknowledge", "argue", "allege",
            "charge", "offer", "seek", "want", "plan", "veto", "recognize", "recognise", "retaliate", "denounce",
            "dispute", "assert", "point", "criticize", "criticise", "push", "pledge", "promise", "expel", "summon",
            "sign", "negotiate", "ask", "decline", "arm", "fund", "finance", "host", "approve", "oppose", "strike",
            "bomb", "attack", "invade", "annex", "withdraw", "pull", "lose", "win", "declare", "insists", "maintain",
            "brand", "label", "term", "call", "hold", "believe", "see", "view", "consider", "express", "welcome",
            "dismisses", "fear");

    /** Role nouns: what a person is to a group (LEADS, COMMANDS, DEPUTY_OF or MEMBER_OF). */
    static final java.util.Map<String, String> ROLE_NOUNS = java.util.Map.ofEntries(
            java.util.Map.entry("leader", "LEADS"), java.util.Map.entry("head", "LEADS"),
            java.util.Map.entry("chief", "LEADS"), java.util.Map.entry("founder", "LEADS"),
            java.util.Map.entry("emir", "LEADS"), java.util.Map.entry("chairman", "LEADS"),
            java.util.Map.entry("chairwoman", "LEADS"), java.util.Map.entry("director", "LEADS"),
            java.util.Map.entry("director-general", "LEADS"), java.util.Map.entry("president", "LEADS"),
            java.util.Map.entry("king", "LEADS"), java.util.Map.entry("ruler", "LEADS"),
            java.util.Map.entry("boss", "LEADS"), java.util.Map.entry("mayor", "LEADS"),
            java.util.Map.entry("commander", "COMMANDS"), java.util.Map.entry("commander-in-chief", "COMMANDS"),
            java.util.Map.entry("deputy", "DEPUTY_OF"), java.util.Map.entry("lieutenant", "DEPUTY_OF"),
            java.util.Map.entry("second-in-command", "DEPUTY_OF"),
            java.util.Map.entry("spokesman", "MEMBER_OF"), java.util.Map.entry("spokeswoman", "MEMBER_OF"),
            java.util.Map.entry("spokesperson", "MEMBER_OF"), java.util.Map.entry("member", "MEMBER_OF"),
            java.util.Map.entry("minister", "MEMBER_OF"), java.util.Map.entry("official", "MEMBER_OF"),
            java.util.Map.entry("fighter", "MEMBER_OF"), java.util.Map.entry("militant", "MEMBER_OF"),
            java.util.Map.entry("envoy", "MEMBER_OF"), java.util.Map.entry("figure", "MEMBER_OF"),
            java.util.Map.entry("secretary", "MEMBER_OF"), java.util.Map.entry("ambassador", "MEMBER_OF"),
            java.util.Map.entry("officer", "MEMBER_OF"), java.util.Map.entry("captain", "MEMBER_OF"),
            java.util.Map.entry("general", "MEMBER_OF"), java.util.Map.entry("colonel", "MEMBER_OF"),
            java.util.Map.entry("prosecutor", "MEMBER_OF"), java.util.Map.entry("negotiator", "MEMBER_OF"),
            java.util.Map.entry("adviser", "MEMBER_OF"), java.util.Map.entry("advisor", "MEMBER_OF"),
            java.util.Map.entry("representative", "MEMBER_OF"), java.util.Map.entry("governor", "MEMBER_OF"),
            java.util.Map.entry("ideologue", "MEMBER_OF"), java.util.Map.entry("strategist", "MEMBER_OF"),
            java.util.Map.entry("operative", "MEMBER_OF"), java.util.Map.entry("go-between", "MEMBER_OF"));
}
