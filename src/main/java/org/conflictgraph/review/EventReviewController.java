package org.conflictgraph.review;

import java.security.Principal;

import org.conflictgraph.graph.AnalystDecisions;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An analyst's decision on an event (CONFIRMED / REFUTED / null to undo) and removal of a spurious event. */
@RestController
class EventReviewController {

    private final AnalystDecisions decisions;

    EventReviewController(AnalystDecisions decisions) {
        this.decisions = decisions;
    }

    /** {@code status}: CONFIRMED, REFUTED or null (undoes the decision); {@code note}: why. */
    record ReviewRequest(String status, String note) {
    }

    @PutMapping("/api/events/{id}/review")
    AnalystDecisions.EventDecision review(@PathVariable String id, @RequestBody ReviewRequest request,
                                          Principal principal) {
        return decisions.review(id, request.status(), request.note(), Analysts.name(principal));
    }

    @DeleteMapping("/api/events/{id}")
    AnalystDecisions.Removal delete(@PathVariable String id, @RequestParam(required = false) String note,
                                    Principal principal) {
        return decisions.deleteEvent(id, note, Analysts.name(principal));
    }
}
