package org.conflictgraph.article;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.graph.ExtractionView;
import org.conflictgraph.graph.WriteResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ArticleController.class)
@Import(IntakeTestConfig.class)
class ArticleControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticleIntake intake;

    @MockitoBean
    ArticleStore store;

    @MockitoBean
    ExtractionView extractions;

    private static final WriteResult.Counts COUNTS = new WriteResult.Counts(1, 2, 3, 4, 5, 6);

    @Test
    void aNewArticleIs201WithLocation() throws Exception {
        when(intake.ingest(any(), eq("text/plain"), eq("a.txt"), isNull()))
                .thenReturn(new IngestResult("abc", false, "v1", COUNTS, null));
        mvc.perform(post("/api/articles?filename=a.txt").contentType("text/plain").content("Some article text."))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/articles/abc"))
                .andExpect(jsonPath("$.id").value("abc"))
                .andExpect(jsonPath("$.duplicate").value(false))
                .andExpect(jsonPath("$.extractorVersion").value("v1"))
                .andExpect(jsonPath("$.counts.claims").value(5))
                .andExpect(jsonPath("$.counts.relations").value(6));
    }

    @Test
    void aKnownArticleIs200Duplicate() throws Exception {
        when(intake.ingest(any(), eq("application/json"), eq("f.jsonl"), eq(2)))
                .thenReturn(new IngestResult("abc", true, "v1", COUNTS, null));
        mvc.perform(post("/api/articles?filename=f.jsonl&line=2").contentType("application/json").content("{\"body\":\"x\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicate").value(true));
    }

    @Test
    void unsupportedTypeIs415BeforeAnyIngest() throws Exception {
        mvc.perform(post("/api/articles").contentType("application/pdf").content("%PDF"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("https://conflict-graph.org/problems/unsupported-media-type"));
        verify(intake, never()).ingest(any(), any(), any(), any());
    }

    @Test
    void aBodyOverTheLimitIs413WhileReading() throws Exception {
        mvc.perform(post("/api/articles").contentType("text/plain").content("x".repeat(1025)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("https://conflict-graph.org/problems/body-too-large"));
        verify(intake, never()).ingest(any(), any(), any(), any());
    }

    @Test
    void aLineBelowOneIs400() throws Exception {
        mvc.perform(post("/api/articles?line=0").contentType("application/json").content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void listPagesNewestFirstWithACursor() throws Exception {
        ArticleStore.StoredArticle a = stored("a2", "2026-01-02T00:00:00Z");
        ArticleStore.StoredArticle b = stored("a1", "2026-01-01T00:00:00Z");
        when(store.page(isNull(), eq(2))).thenReturn(List.of(a, b));
        mvc.perform(get("/api/articles?limit=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value("a2"))
                .andExpect(jsonPath("$.next").value(new ArticleCursor("2026-01-02T00:00:00Z", "a2").encode()));
        mvc.perform(get("/api/articles?limit=0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/articles?cursor=%25%25")).andExpect(status().isBadRequest());
    }

    @Test
    void oneArticleHasTextAndParagraphOffsets() throws Exception {
        when(store.find("a1")).thenReturn(Optional.of(stored("a1", "2026-01-01T00:00:00Z")));
        mvc.perform(get("/api/articles/a1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("One.\n\nTwo."))
                .andExpect(jsonPath("$.paragraphs[1].start").value(6))
                .andExpect(jsonPath("$.paragraphs[1].end").value(10))
                .andExpect(jsonPath("$.headlineIsQuestion").value(true));
        mvc.perform(get("/api/articles/nope")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://conflict-graph.org/problems/article-not-found"));
    }

    @Test
    void theExtractionIsFormatMdSnakeCase() throws Exception {
        ArticleExtraction.ArticleMeta meta = new ArticleExtraction.ArticleMeta("f.txt", "Why?", "Outlet", "A B",
                "2020-01-01", null, true);
        ArticleExtraction.Claim claim = new ArticleExtraction.Claim("Outlet", "ASSERTS", "said", 1, 5, "s", 0, 9,
                null, List.of(), 0.9);
        ArticleExtraction.Event event = new ArticleExtraction.Event("e1", "ATTACK", "sum", List.of(), List.of(),
                List.of(), null, null, null, List.of(claim), "REPORTED", "CORROBORATED", 0.8);
        ArticleExtraction x = new ArticleExtraction(meta, List.of(), List.of(), List.of(),
                List.of(new ArticleExtraction.Source("Outlet", "MEDIA", "Outlet")), List.of(event), List.of(), List.of());
        when(extractions.find("a1")).thenReturn(Optional.of(new ExtractionView.StoredExtraction(x, "v1")));
        mvc.perform(get("/api/articles/a1/extraction"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.article.headline_is_question").value(true))
                .andExpect(jsonPath("$.sources[0].speaks_for").value("Outlet"))
                .andExpect(jsonPath("$.events[0].graph_status").value("CORROBORATED"))
                .andExpect(jsonPath("$.events[0].claims[0].cue_start").value(1));
        mvc.perform(get("/api/articles/none/extraction")).andExpect(status().isNotFound());
    }

    private static ArticleStore.StoredArticle stored(String id, String ingestedAt) {
        return new ArticleStore.StoredArticle(id, "hash", 1L, "Why?", "Outlet", "A B", "2020-01-01", null, true,
                "TEXT", "f.txt", "One.\n\nTwo.", List.of(0, 6), List.of(4, 10), ingestedAt, null, "v1");
    }
}
