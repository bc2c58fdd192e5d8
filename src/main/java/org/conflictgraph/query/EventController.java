package org.conflictgraph.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.conflictgraph.query.EventViews.EventView;
import org.conflictgraph.query.EventViews.SourceView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Researcher reads of events and sources. */
@RestController
@RequestMapping("/api")
@Tag(name = "events", description = "Events with the claims behind them, and the sources that make them")
class EventController {

    private final EventReader events;
    private final SourceReader sources;

    EventController(EventReader events, SourceReader sources) {
        this.events = events;
        this.sources = sources;
    }

    @GetMapping("/events")
    @Operation(summary = "List events with their claims",
            description = "Every filter is optional; given ones combine with AND. source, stance and article must "
                    + "hold for one same claim. Ordered by date (undated last), then id; page with the opaque "
                    + "'next' cursor. Unknown filter values and ids answer 400.")
    Page<EventView> list(
            @Parameter(description = "event type, e.g. KILLING") @RequestParam(required = false) String type,
            @Parameter(description = "graph status: REPORTED, UNCONFIRMED, DISPUTED, CORROBORATED, CONFIRMED, "
                    + "REFUTED") @RequestParam(required = false) String status,
            @Parameter(description = "actor id (any role, including blamed by a claim)")
            @RequestParam(required = false) String actor,
            @Parameter(description = "faction id (any role, including blamed by a claim)")
            @RequestParam(required = false) String faction,
            @Parameter(description = "place id; places inside it count too")
            @RequestParam(required = false) String place,
            @Parameter(description = "earliest date, ISO YYYY[-MM[-DD]], inclusive", example = "2015-01")
            @RequestParam(required = false) String from,
            @Parameter(description = "latest date, ISO YYYY[-MM[-DD]], inclusive", example = "2015-12-31")
            @RequestParam(required = false) String to,
            @Parameter(description = "article id: events claimed in it") @RequestParam(required = false) String article,
            @Parameter(description = "source id: events it makes a claim about")
            @RequestParam(required = false) String source,
            @Parameter(description = "ASSERTS, HEDGES or DENIES") @RequestParam(required = false) String stance,
            @Parameter(description = "page size, 1..500 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "the 'next' value of the previous page") @RequestParam(required = false)
            String cursor) {
        return events.list(new EventFilter(type, status, actor, faction, place, from, to, article, source, stance),
                PageRequest.of(limit, cursor));
    }

    @GetMapping("/events/{id}")
    @Operation(summary = "One event with its claims and status history (newest first)")
    EventView one(@PathVariable String id) {
        return events.one(id);
    }

    @GetMapping("/sources/{id}")
    @Operation(summary = "A source with counts of asserts / hedges / denies and a page of its claims",
            description = "claims are ordered by claim id; page them with limit and the cursor claims.next.")
    SourceView source(@PathVariable String id,
                      @Parameter(description = "claims per page, 1..500 (default 50)")
                      @RequestParam(required = false) Integer limit,
                      @Parameter(description = "the claims.next value of the previous page")
                      @RequestParam(required = false) String cursor) {
        return sources.one(id, PageRequest.of(limit, cursor));
    }
}
