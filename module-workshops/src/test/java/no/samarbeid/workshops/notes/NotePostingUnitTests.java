package no.samarbeid.workshops.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.events.NotePosted;
import no.samarbeid.workshops.workshop.Perspective;
import no.samarbeid.workshops.workshop.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotePostingUnitTests {

    private final NoteFixture at = new NoteFixture();

    @Test
    void aNoteWrittenInSilenceIsUnrevealedWithTheAuthorsPerspectiveAndAStrippedText() {
        Note note = at.at(Phase.SILENT_WRITING).post(at.kari, "  Mer tid til brukerne  ");

        NoteView view = note.view(at.as(at.kari), null, 0, 0);
        assertThat(view.text()).isEqualTo("Mer tid til brukerne");
        assertThat(view.perspective()).isEqualTo("MUNICIPALITY");
        assertThat(view.revealed()).isFalse();
        assertThat(view.mine()).isTrue();
        assertThat(view.typedByFacilitator()).isFalse();
        assertThat(note.authorParticipantId()).isEqualTo(at.kari.id());
    }

    @Test
    void postingPublishesNotePostedWithThePseudonymAndNeverTheName() {
        Note note = at.at(Phase.SILENT_WRITING).post(at.kari, "Mer tid til brukerne");

        assertThat(note.registeredEvents()).singleElement().isInstanceOfSatisfying(NotePosted.class, posted -> {
            assertThat(posted.noteId()).isEqualTo(note.id());
            assertThat(posted.tableId()).isEqualTo(at.table);
            assertThat(posted.sheetKey()).isEqualTo(NoteFixture.SHEET);
            assertThat(posted.zoneKey()).isEqualTo("answers");
            assertThat(posted.authorPseudonym()).isEqualTo(at.kari.pseudonym()).startsWith("p-");
            assertThat(posted.perspective()).isEqualTo("MUNICIPALITY");
            assertThat(posted.revealed()).isFalse();
            assertThat(posted.shared()).isTrue();
            assertThat(posted.toString()).doesNotContain("Kari");
        });
    }

    @ParameterizedTest
    @EnumSource(
            value = Phase.class,
            names = {"SILENT_WRITING", "REVEAL", "DISCUSSION"})
    void notesAreWrittenInSilentWritingRevealAndDiscussion(Phase phase) {
        at.at(phase);

        assertThat(at.post(at.ola, "Felles mål").revealed()).isEqualTo(phase.revealed());
    }

    @Test
    void notesWrittenAfterTheRevealAreRevealedAtOnce() {
        Note note = at.at(Phase.DISCUSSION).post(at.ola, "Felles mål");

        assertThat(note.revealed()).isTrue();
        assertThat(((NotePosted) note.registeredEvents().iterator().next()).revealed())
                .isTrue();
    }

    @Test
    void noNotesWhileReadingOrWhenTheSheetIsDone() {
        assertThatThrownBy(() -> at.post(at.kari, "For tidlig"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("note.phase-closed");
        at.at(Phase.DONE);
        assertThatThrownBy(() -> at.post(at.kari, "For sent")).hasMessage("note.phase-closed");
    }

    @Test
    void noNotesOnASheetThatIsNotOpenAtTheTable() {
        at.at(Phase.SILENT_WRITING);
        NoteSheet other = NoteSheet.of(at.workshop, at.table, "meeting-points", NoteFixture.ZONES);

        assertThatThrownBy(() -> Note.post(other, at.as(at.kari), null, "answers", "Tekst", at.clock.instant()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("note.sheet-not-open");
    }

    @Test
    void noNotesUnlessTheWorkshopIsRunning() {
        at.at(Phase.SILENT_WRITING);
        at.lifecycle.complete();

        assertThatThrownBy(() -> at.post(at.kari, "Etterpå")).hasMessage("note.workshop-not-running");
    }

    @Test
    void theTextHasOneToFiveHundredCharacters() {
        at.at(Phase.SILENT_WRITING);

        assertThat(at.post(at.kari, "x".repeat(500))
                        .view(at.as(at.kari), null, 0, 0)
                        .text())
                .hasSize(500);
        assertThatThrownBy(() -> at.post(at.kari, "x".repeat(501)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("note.text");
        assertThatThrownBy(() -> at.post(at.kari, " \n\t ")).hasMessage("note.text");
        assertThatThrownBy(() -> at.post(at.kari, "")).hasMessage("note.text");
    }

    @Test
    void theZoneMustBeOneOfTheSheet() {
        at.at(Phase.SILENT_WRITING);

        assertThatThrownBy(() -> Note.post(at.sheet(), at.as(at.kari), null, "elsewhere", "Tekst", at.clock.instant()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("note.unknown-zone");
    }

    @Test
    void aParticipantWritesOnlyAtTheirOwnTable() {
        at.at(Phase.SILENT_WRITING);

        assertThatThrownBy(() -> at.post(at.guest, "Feil bord"))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("note.not-at-table");
    }

    @Test
    void aParticipantCannotChooseAnotherPerspective() {
        at.at(Phase.SILENT_WRITING);

        Note note = Note.post(
                at.sheet(), at.as(at.kari), Perspective.SOCIAL_ENTREPRENEUR, "answers", "Tekst", at.clock.instant());

        assertThat(note.view(at.as(at.kari), null, 0, 0).perspective()).isEqualTo("MUNICIPALITY");
    }

    @Test
    void theFacilitatorTypesInNotesForAnyTableWithAChosenPerspectiveAndNoAuthor() {
        at.at(Phase.SILENT_WRITING);
        assertThatThrownBy(() -> Note.post(at.sheet(), at.facilitator, null, "answers", "Papir", at.clock.instant()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("note.perspective-required");

        Note note = Note.post(
                at.sheet(), at.facilitator, Perspective.SOCIAL_ENTREPRENEUR, "answers", "Papir", at.clock.instant());

        NoteView view = note.view(at.facilitator, null, 0, 0);
        assertThat(view.typedByFacilitator()).isTrue();
        assertThat(view.perspective()).isEqualTo("SOCIAL_ENTREPRENEUR");
        assertThat(view.revealed()).isFalse();
        assertThat(note.authorParticipantId()).isNull();
        assertThat(((NotePosted) note.registeredEvents().iterator().next()).authorPseudonym())
                .isEqualTo(NoteCaller.FACILITATOR);
        assertThat(note.visibleTo(at.as(at.kari))).isFalse();
    }
}
