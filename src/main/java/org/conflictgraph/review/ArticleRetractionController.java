package org.conflictgraph.review;

import java.security.Principal;

import org.conflictgraph.graph.ArticleRetraction;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Retraction of an article: its claims, and whatever only it supported, leave the graph. */
@RestController
class ArticleRetractionController {

    private final ArticleRetraction retraction;

    ArticleRetractionController(ArticleRetraction retraction) {
        this.retraction = retraction;
    }

    @DeleteMapping("/api/articles/{id}")
    ArticleRetraction.Retraction retract(@PathVariable String id, @RequestParam(required = false) String note,
                                         Principal principal) {
        return retraction.retract(id, note, Analysts.name(principal));
    }
}
