package org.conflictgraph.review;

import java.security.Principal;

import org.conflictgraph.graph.AnalystDecisions;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Corrections of what extraction got wrong (a claim's stance or source, a spurious relation), and their undo. */
@RestController
class CorrectionController {

    private final AnalystDecisions decisions;

    CorrectionController(AnalystDecisions decisions) {
        this.decisions = decisions;
    }

    /** {@code stance}: ASSERTS, HEDGES or DENIES; {@code source}: the speaker's name; at least one of them. */
    record ClaimCorrection(String stance, String source, String note) {
    }

    record UndoRequest(String note) {
    }

    @PatchMapping("/api/claims/{id}")
    AnalystDecisions.ClaimDecision correct(@PathVariable String id, @RequestBody ClaimCorrection request,
                                           Principal principal) {
        return decisions.correctClaim(id, request.stance(), request.source(), request.note(), Analysts.name(principal));
    }

    @DeleteMapping("/api/relations/{id}")
    AnalystDecisions.Removal deleteRelation(@PathVariable String id, @RequestParam(required = false) String note,
                                            Principal principal) {
        return decisions.deleteRelation(id, note, Analysts.name(principal));
    }

    /** Reverses any audited decision: a review, a correction, a deletion or a retraction. */
    @PostMapping("/api/audit/{id}/undo")
    AnalystDecisions.Undo undo(@PathVariable String id, @RequestBody(required = false) UndoRequest request,
                               Principal principal) {
        return decisions.undo(id, request == null ? null : request.note(), Analysts.name(principal));
    }
}
