package no.samarbeid.workshops.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import no.samarbeid.workshops.events.NotesRevealed;
import no.samarbeid.workshops.events.PhaseChanged;
import no.samarbeid.workshops.workshop.Phase;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

class NoteRevealUnitTests {

    private final NoteFixture at = new NoteFixture().at(Phase.SILENT_WRITING);
    private final Notes notes = mock(Notes.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final RevealOnPhaseChange reveal = new RevealOnPhaseChange(notes, events);

    @Test
    void movingTheTableToRevealRevealsItsNotesAndPublishesThemWithoutAuthorsOrHiddenOnes() {
        Note kari = at.post(at.kari, "Mer tid");
        Note hidden = at.post(at.ola, "Skjult");
        hidden.hide(at.sheet(), at.facilitator, at.clock.instant());
        unrevealed(kari, hidden);

        reveal.on(phaseChange(Phase.REVEAL));

        assertThat(kari.revealed()).isTrue();
        assertThat(hidden.revealed()).isTrue();
        verify(notes).saveAll(List.of(kari, hidden));
        ArgumentCaptor<NotesRevealed> published = ArgumentCaptor.forClass(NotesRevealed.class);
        verify(events).publishEvent(published.capture());
        NotesRevealed event = published.getValue();
        assertThat(event.tableId()).isEqualTo(at.table);
        assertThat(event.sheetKey()).isEqualTo(NoteFixture.SHEET);
        assertThat(event.shared()).isTrue();
        assertThat(event.notes()).singleElement().satisfies(note -> {
            assertThat(note.noteId()).isEqualTo(kari.id());
            assertThat(note.text()).isEqualTo("Mer tid");
            assertThat(note.perspective()).isEqualTo("MUNICIPALITY");
        });
        assertThat(event.toString()).doesNotContain("Kari").doesNotContain(at.kari.pseudonym());
    }

    @Test
    void skippingPastTheRevealAlsoReveals() {
        Note note = at.post(at.kari, "Fra Kari");
        unrevealed(note);

        reveal.on(phaseChange(Phase.DISCUSSION));

        assertThat(note.revealed()).isTrue();
        verify(events).publishEvent(any(NotesRevealed.class));
    }

    @Test
    void nothingIsRevealedBeforeTheRevealAndNothingPublishedWhenNothingIsLeft() {
        Note note = at.post(at.kari, "Fra Kari");
        unrevealed(note);

        reveal.on(phaseChange(Phase.SILENT_WRITING));
        assertThat(note.revealed()).isFalse();

        unrevealed();
        reveal.on(phaseChange(Phase.REVEAL));
        verify(events, never()).publishEvent(any(Object.class));
    }

    private void unrevealed(Note... found) {
        when(notes.findByWorkshopIdAndTableIdAndSheetKeyAndRevealedFalseAndWithdrawnFalseOrderByCreatedAt(
                        at.workshop.id(), at.table, NoteFixture.SHEET))
                .thenReturn(List.of(found));
    }

    private PhaseChanged phaseChange(Phase phase) {
        return new PhaseChanged(
                java.util.UUID.randomUUID(),
                at.workshop.tenantId(),
                at.workshop.id(),
                true,
                at.table,
                NoteFixture.SHEET,
                phase.name(),
                null,
                at.clock.instant());
    }
}
