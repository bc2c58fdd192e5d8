package org.conflictgraph.graph.entity;

import java.security.Principal;
import java.util.List;

import org.conflictgraph.graph.identity.EntityCorrections;
import org.conflictgraph.graph.identity.EntityCorrections.Outcome;
import org.conflictgraph.problem.BadInputException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Analyst identity corrections: {@code POST /api/entities/{id}/merge {otherId, note}} merges a duplicate into
 * the entity; {@code POST /api/entities/{id}/split {aliases[], note}} moves aliases to a new entity. Both are
 * audited and respected by later ingests.
 */
@RestController
class EntityCorrectionController {

    private final EntityCorrections corrections;

    EntityCorrectionController(EntityCorrections corrections) {
        this.corrections = corrections;
    }

    @PostMapping("/api/entities/{id}/merge")
    Outcome merge(@PathVariable String id, @RequestBody(required = false) MergeRequest body, Principal principal) {
        if (body == null) {
            throw new BadInputException("missing-body", "Missing request body",
                    "Send {\"otherId\": \"<id of the duplicate>\", \"note\": \"why\"} as JSON.");
        }
        return corrections.merge(id, body.otherId(), body.note(), principal == null ? null : principal.getName());
    }

    @PostMapping("/api/entities/{id}/split")
    Outcome split(@PathVariable String id, @RequestBody(required = false) SplitRequest body, Principal principal) {
        if (body == null) {
            throw new BadInputException("missing-body", "Missing request body",
                    "Send {\"aliases\": [\"<alias to move>\"], \"note\": \"why\"} as JSON.");
        }
        return corrections.split(id, body.aliases(), body.note(), principal == null ? null : principal.getName());
    }

    record MergeRequest(String otherId, String note) {
    }

    record SplitRequest(List<String> aliases, String note) {
    }
}
