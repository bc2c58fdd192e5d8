package org.conflictgraph.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.conflictgraph.extraction.ArticleExtraction;
import org.conflictgraph.extraction.ArticleExtractor;
import org.conflictgraph.extraction.ArticleText;
import org.conflictgraph.graph.ArticleGraphWriter;
import org.conflictgraph.graph.ArticleRecord;
import org.conflictgraph.graph.ExtractionView;
import org.conflictgraph.graph.WriteResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataIntegrityViolationException;

class ArticleIntakeTests {

    private static final WriteResult.Counts COUNTS = new WriteResult.Counts(1, 1, 1, 1, 2, 0);
    private static final byte[] STORY = ArticleParserTests.STORY_TEXT.getBytes(StandardCharsets.UTF_8);

    private final ArticleExtractor extractor = mock(ArticleExtractor.class);
    private final ArticleGraphWriter writer = mock(ArticleGraphWriter.class);
    private final ExtractionView extractions = mock(ExtractionView.class);
    private final ArticleStore store = mock(ArticleStore.class);
    private final NearDuplicates nearDuplicates = mock(NearDuplicates.class);
    private ArticleIntake intake;
    private String id;

    @BeforeEach
    void setUp() {
        intake = new ArticleIntake(IntakeProperties.DEFAULTS, extractor, writer, extractions, store, nearDuplicates);
        when(extractor.version()).thenReturn("v2");
        when(extractor.extract(any())).thenAnswer(inv -> ArticleExtraction.empty(
                ((ArticleText) inv.getArgument(0)).meta(), List.of()));
        id = new ArticleParser().parse(STORY, "text/plain", "s.txt", null).id();
        when(store.find(id)).thenReturn(Optional.empty());
        when(nearDuplicates.firstSeenCopyOf(any())).thenReturn(Optional.empty());
    }

    @Test
    void aNewArticleIsExtractedAndWrittenWithItsNearDuplicateLink() {
        when(nearDuplicates.firstSeenCopyOf(any())).thenReturn(Optional.of("original"));
        when(writer.write(any(), any(), eq("v2"))).thenReturn(new WriteResult(id, true, COUNTS));
        IngestResult r = intake.ingest(STORY, "text/plain", "s.txt", null);
        assertThat(r.duplicate()).isFalse();
        assertThat(r.id()).isEqualTo(id);
        assertThat(r.syndicatesOf()).isEqualTo("original");
        ArgumentCaptor<ArticleRecord> record = ArgumentCaptor.forClass(ArticleRecord.class);
        verify(writer).write(record.capture(), any(), eq("v2"));
        assertThat(record.getValue().syndicatesOf()).isEqualTo("original");
        assertThat(record.getValue().file()).isEqualTo("s.txt");
    }

    @Test
    void aKnownArticleWithTheCurrentExtractionIsADuplicateWithoutExtracting() {
        when(store.find(id)).thenReturn(Optional.of(stored("v2")));
        when(extractions.find(id)).thenReturn(Optional.empty());
        IngestResult r = intake.ingest(STORY, "text/plain", "other.txt", null);
        assertThat(r.duplicate()).isTrue();
        verify(extractor, never()).extract(any());
        verify(writer, never()).write(any(), any(), any());
    }

    @Test
    void aKnownArticleFromAnOlderExtractorIsReExtractedFromItsStoredText() {
        when(store.find(id)).thenReturn(Optional.of(stored("v1")));
        when(writer.write(any(), any(), eq("v2"))).thenReturn(new WriteResult(id, false, COUNTS));
        IngestResult r = intake.ingest(STORY, "text/plain", "other.txt", null);
        assertThat(r.duplicate()).isTrue();
        assertThat(r.extractorVersion()).isEqualTo("v2");
        ArgumentCaptor<ArticleText> text = ArgumentCaptor.forClass(ArticleText.class);
        verify(extractor).extract(text.capture());
        assertThat(text.getValue().text()).isEqualTo("stored text");
        assertThat(text.getValue().meta().file()).isEqualTo("first.txt");
    }

    @Test
    void aLostUniquenessRaceIsADuplicate() {
        when(writer.write(any(), any(), any())).thenThrow(new DataIntegrityViolationException("ConstraintValidationFailed"));
        when(store.find(id)).thenReturn(Optional.empty(), Optional.of(stored("v2")));
        when(extractions.find(id)).thenReturn(Optional.empty());
        IngestResult r = intake.ingest(STORY, "text/plain", "s.txt", null);
        assertThat(r.duplicate()).isTrue();
        assertThat(r.id()).isEqualTo(id);
    }

    @Test
    void aTimedOutExtractionIsStoredAsIncompleteSoThatTheNextPostRedoesIt() {
        org.mockito.Mockito.doAnswer(inv -> ArticleExtraction.empty(((ArticleText) inv.getArgument(0)).meta(),
                List.of("extraction exceeded the time limit of PT2M"))).when(extractor).extract(any());
        when(writer.write(any(), any(), any())).thenReturn(new WriteResult(id, true, COUNTS));
        IngestResult r = intake.ingest(STORY, "text/plain", "s.txt", null);
        assertThat(r.extractorVersion()).isEqualTo("v2" + ArticleIntake.INCOMPLETE);
        verify(writer).write(any(), any(), eq("v2" + ArticleIntake.INCOMPLETE));
    }

    private ArticleStore.StoredArticle stored(String version) {
        return new ArticleStore.StoredArticle(id, "hash", 0L, "T", "O", "A", null, null, false, "TEXT", "first.txt",
                "stored text", List.of(0), List.of(11), "2026-01-01T00:00:00Z", null, version);
    }
}
