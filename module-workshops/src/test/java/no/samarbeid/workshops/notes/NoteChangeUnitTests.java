package no.samarbeid.workshops.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.workshops.events.NoteEdited;
import no.samarbeid.workshops.events.NoteMoved;
import no.samarbeid.workshops.events.NoteWithdrawn;
import no.samarbeid.workshops.workshop.Perspective;
import no.samarbeid.workshops.workshop.Phase;
import org.junit.jupiter.api.Test;

class NoteChangeUnitTests {

    private final NoteFixture at = new NoteFixture().at(Phase.SILENT_WRITING);

    @Test
    void onlyTheAuthorEditsANote() {
        Note note = at.post(at.kari, "Første utkast");

        assertThatThrownBy(() -> note.edit(at.sheet(), at.as(at.ola), "Overtatt", at.clock.instant()))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("note.not-author");
        assertThatThrownBy(() -> note.edit(at.sheet(), at.facilitator, "Overtatt", at.clock.instant()))
                .hasMessage("note.not-author");
        note.edit(at.sheet(), at.as(at.kari), "  Andre utkast ", at.clock.instant());

        assertThat(note.view(at.as(at.kari), null, 0, 0).text()).isEqualTo("Andre utkast");
        assertThat(note.registeredEvents()).last().isInstanceOfSatisfying(NoteEdited.class, edited -> {
            assertThat(edited.text()).isEqualTo("Andre utkast");
            assertThat(edited.revealed()).isFalse();
        });
    }

    @Test
    void anEditKeepsTheTextRules() {
        Note note = at.post(at.kari, "Utkast");

        assertThatThrownBy(() -> note.edit(at.sheet(), at.as(at.kari), "x".repeat(501), at.clock.instant()))
                .hasMessage("note.text");
        assertThatThrownBy(() -> note.edit(at.sheet(), at.as(at.kari), "  ", at.clock.instant()))
                .hasMessage("note.text");
    }

    @Test
    void onlyTheAuthorWithdrawsANote() {
        Note note = at.post(at.kari, "Angret");

        assertThatThrownBy(() -> note.withdraw(at.sheet(), at.as(at.ola), at.clock.instant()))
                .hasMessage("note.not-author");
        note.withdraw(at.sheet(), at.as(at.kari), at.clock.instant());

        assertThat(note.registeredEvents()).last().isInstanceOfSatisfying(NoteWithdrawn.class, withdrawn -> {
            assertThat(withdrawn.noteId()).isEqualTo(note.id());
            assertThat(withdrawn.revealed()).isFalse();
        });
    }

    @Test
    void theFacilitatorEditsAndWithdrawsTheNotesTheyTypedIn() {
        Note note = Note.post(at.sheet(), at.facilitator, Perspective.OTHER, "answers", "Papir", at.clock.instant());

        note.edit(at.sheet(), at.facilitator, "Papirlapp", at.clock.instant());
        assertThatThrownBy(() -> note.withdraw(at.sheet(), at.as(at.kari), at.clock.instant()))
                .hasMessage("note.not-author");
        note.withdraw(at.sheet(), at.facilitator, at.clock.instant());

        assertThat(note.visibleTo(at.facilitator)).isFalse();
    }

    @Test
    void beforeTheRevealOnlyTheAuthorMovesANote() {
        Note note = at.post(at.kari, "Flytt meg");

        assertThatThrownBy(() -> note.move(at.sheet(), at.as(at.ola), "question", at.clock.instant()))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("note.move-not-allowed");
        note.move(at.sheet(), at.as(at.kari), "question", at.clock.instant());

        assertThat(note.view(at.as(at.kari), null, 0, 0).zoneKey()).isEqualTo("question");
        assertThat(note.registeredEvents()).last().isInstanceOfSatisfying(NoteMoved.class, moved -> {
            assertThat(moved.zoneKey()).isEqualTo("question");
            assertThat(moved.revealed()).isFalse();
        });
    }

    @Test
    void afterTheRevealAnyoneAtTheTableMovesANoteWithinTheSheetsZones() {
        Note note = at.post(at.kari, "Flytt meg");
        at.reveal(note);

        note.move(at.sheet(), at.as(at.ola), "question", at.clock.instant());
        note.move(at.sheet(), at.facilitator, "answers", at.clock.instant());

        assertThat(note.view(at.as(at.ola), null, 0, 0).zoneKey()).isEqualTo("answers");
        assertThatThrownBy(() -> note.move(at.sheet(), at.as(at.guest), "question", at.clock.instant()))
                .hasMessage("note.move-not-allowed");
        assertThatThrownBy(() -> note.move(at.sheet(), at.as(at.ola), "nowhere", at.clock.instant()))
                .hasMessage("note.unknown-zone");
    }

    @Test
    void movingToTheSameZoneChangesNothing() {
        Note note = at.post(at.kari, "Bli her");
        int events = note.registeredEvents().size();

        note.move(at.sheet(), at.as(at.kari), "answers", at.clock.instant());

        assertThat(note.registeredEvents()).hasSize(events);
    }

    @Test
    void onlyTheFacilitatorHidesANoteAndOnlyOnce() {
        Note note = at.post(at.kari, "Upassende");

        assertThatThrownBy(() -> note.hide(at.sheet(), at.as(at.kari), at.clock.instant()))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("note.facilitators-only");
        note.hide(at.sheet(), at.facilitator, at.clock.instant());
        note.hide(at.sheet(), at.facilitator, at.clock.instant());

        assertThat(note.registeredEvents())
                .filteredOn(NoteWithdrawn.class::isInstance)
                .hasSize(1);
        assertThat(note.hidden()).isTrue();
    }

    @Test
    void aHiddenNoteIsOffTheBoard() {
        Note note = Note.post(at.sheet(), at.facilitator, Perspective.OTHER, "answers", "Papir", at.clock.instant());
        note.hide(at.sheet(), at.facilitator, at.clock.instant());
        at.reveal(note);

        assertThatThrownBy(() -> note.edit(at.sheet(), at.facilitator, "Ny tekst", at.clock.instant()))
                .hasMessage("note.hidden");
        assertThatThrownBy(() -> note.move(at.sheet(), at.facilitator, "question", at.clock.instant()))
                .hasMessage("note.hidden");
        assertThatThrownBy(() -> note.requireVotableBy(at.as(at.kari))).hasMessage("note.hidden");
    }

    @Test
    void nothingChangesAfterTheWorkshopCompleted() {
        Note note = at.post(at.kari, "Ferdig");
        at.lifecycle.complete();

        assertThatThrownBy(() -> note.edit(at.sheet(), at.as(at.kari), "Mer", at.clock.instant()))
                .hasMessage("note.workshop-not-running");
        assertThatThrownBy(() -> note.withdraw(at.sheet(), at.as(at.kari), at.clock.instant()))
                .hasMessage("note.workshop-not-running");
        assertThatThrownBy(() -> note.move(at.sheet(), at.as(at.kari), "question", at.clock.instant()))
                .hasMessage("note.workshop-not-running");
        assertThatThrownBy(() -> note.hide(at.sheet(), at.facilitator, at.clock.instant()))
                .hasMessage("note.workshop-not-running");
    }
}
