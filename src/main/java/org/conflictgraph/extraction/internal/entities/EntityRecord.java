package org.conflictgraph.extraction.internal.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.conflictgraph.extraction.internal.nlp.EntityKind;

/** One actor, faction or place of the article while it is being built: its names, kind and mentions. */
final class EntityRecord {

    final EntityKind kind;
    String name;
    /** FORMAT.md faction or place kind; null for actors. */
    String subKind;
    /** Enclosing place (places only). */
    String in;
    /** Country the entity belongs to, when known (governments, forces, places). */
    String country;
    final Set<String> surfaces = new LinkedHashSet<>();
    final List<Span> spans = new ArrayList<>();
    final Set<String> roles = new LinkedHashSet<>();
    final Set<String> factions = new LinkedHashSet<>();
    double confidence;
    /** For a group named after a person ("Mansour loyalists"): that person's name as written. */
    String loyalTo;
    /** Canonical name from the faction lexicon, when the group is a known one. */
    String known;
    /** For people: the name tokens without titles, lower-cased, of the fullest form. */
    List<String> core = List.of();

    EntityRecord(EntityKind kind, String name, String subKind, double confidence) {
        this.kind = kind;
        this.name = name;
        this.subKind = subKind;
        this.confidence = confidence;
        surfaces.add(name);
    }

    void mention(Span span, String surface) {
        if (span != null && !spans.contains(span)) {
            spans.add(span);
        }
        if (surface != null && !surface.isBlank()) {
            surfaces.add(surface);
        }
    }

    Span firstSpan() {
        return spans.stream().min(Span::compareTo).orElse(null);
    }

    List<String> aliases() {
        String key = Names.key(name);
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(key);
        for (String s : surfaces) {
            String k = Names.key(s);
            if (!k.isEmpty() && seen.add(k)) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return kind + ":" + name + surfaces;
    }
}
