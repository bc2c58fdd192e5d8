package org.conflictgraph.extraction.internal.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.conflictgraph.extraction.internal.nlp.EntityKind;

/**
 * The article's entities while extraction runs: one record per actor, faction or place, found by any of its
 * names, plus which tokens are already claimed by a mention so later recognisers do not double-read them.
 */
final class EntityTable {

    private final List<EntityRecord> records = new ArrayList<>();
    private final Map<String, EntityRecord> byKey = new HashMap<>();
    private final Map<Integer, boolean[]> claimed = new HashMap<>();
    private final ParsedText text;

    EntityTable(ParsedText text) {
        this.text = text;
    }

    List<EntityRecord> all() {
        return records;
    }

    List<EntityRecord> of(EntityKind kind) {
        return records.stream().filter(r -> r.kind == kind).toList();
    }

    Optional<EntityRecord> find(EntityKind kind, String name) {
        EntityRecord r = byKey.get(kind + "|" + Names.key(name));
        return Optional.ofNullable(r);
    }

    Optional<EntityRecord> findAny(String name) {
        for (EntityKind k : EntityKind.values()) {
            Optional<EntityRecord> r = find(k, name);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** The record named {@code name} (or having it as alias), created when absent; records the mention. */
    EntityRecord add(EntityKind kind, String name, String subKind, double confidence, Span span, String surface) {
        EntityRecord r = find(kind, name).orElseGet(() -> {
            EntityRecord n = new EntityRecord(kind, name, subKind, confidence);
            records.add(n);
            index(n, name);
            return n;
        });
        r.confidence = Math.max(r.confidence, confidence);
        if (r.subKind == null) {
            r.subKind = subKind;
        }
        r.mention(span, surface);
        if (surface != null) {
            index(r, surface);
        }
        if (span != null) {
            claim(span);
        }
        return r;
    }

    void alias(EntityRecord r, String surface) {
        r.surfaces.add(surface);
        index(r, surface);
    }

    void index(EntityRecord r, String name) {
        String k = Names.key(name);
        if (!k.isEmpty()) {
            byKey.putIfAbsent(r.kind + "|" + k, r);
        }
    }

    /** Folds {@code from} into {@code into}: names, mentions, roles. */
    void merge(EntityRecord into, EntityRecord from) {
        if (into == from) {
            return;
        }
        for (String s : from.surfaces) {
            alias(into, s);
        }
        for (Span s : from.spans) {
            into.mention(s, null);
        }
        into.roles.addAll(from.roles);
        into.factions.addAll(from.factions);
        into.confidence = Math.max(into.confidence, from.confidence);
        records.remove(from);
        byKey.replaceAll((k, v) -> v == from ? into : v);
    }

    void remove(EntityRecord r) {
        records.remove(r);
        byKey.values().removeIf(v -> v == r);
    }

    boolean isClaimed(int sentence, int token) {
        boolean[] c = claimed.get(sentence);
        return c != null && token < c.length && c[token];
    }

    boolean anyClaimed(Span s) {
        for (int i = s.begin(); i < s.end(); i++) {
            if (isClaimed(s.sentence(), i)) {
                return true;
            }
        }
        return false;
    }

    void claim(Span s) {
        boolean[] c = claimed.computeIfAbsent(s.sentence(), k -> new boolean[text.tokens(k).size()]);
        for (int i = s.begin(); i < s.end() && i < c.length; i++) {
            c[i] = true;
        }
    }

    /** The record with a mention covering the token, if any. */
    Optional<EntityRecord> at(int sentence, int token) {
        for (EntityRecord r : records) {
            for (Span s : r.spans) {
                if (s.contains(sentence, token)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }
}
