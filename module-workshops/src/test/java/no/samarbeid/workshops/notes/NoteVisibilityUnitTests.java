package no.samarbeid.workshops.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.samarbeid.workshops.events.RevealedNote;
import no.samarbeid.workshops.workshop.Perspective;
import no.samarbeid.workshops.workshop.Phase;
import org.junit.jupiter.api.Test;

class NoteVisibilityUnitTests {

    private final NoteFixture at = new NoteFixture().at(Phase.SILENT_WRITING);

    @Test
    void inSilenceANoteIsVisibleOnlyToItsAuthorAndTheFacilitator() {
        Note note = at.post(at.kari, "Stille");

        assertThat(note.visibleTo(at.as(at.kari))).isTrue();
        assertThat(note.visibleTo(at.as(at.ola))).isFalse();
        assertThat(note.visibleTo(at.as(at.guest))).isFalse();
        assertThat(note.visibleTo(at.facilitator)).isTrue();
        assertThat(note.view(at.facilitator, null, 0, 0).mine()).isFalse();
    }

    @Test
    void onceRevealedTheWholeTableSeesItButNotAnotherTable() {
        Note note = at.post(at.kari, "Stille");
        at.reveal(note);

        assertThat(note.visibleTo(at.as(at.ola))).isTrue();
        assertThat(note.visibleTo(at.as(at.guest))).isFalse();
        assertThat(note.view(at.as(at.ola), null, 0, 0).mine()).isFalse();
    }

    @Test
    void revealingShowsTheNoteOnceWithoutItsAuthor() {
        Note note = at.post(at.kari, "Stille");

        RevealedNote revealed = note.reveal(at.clock.instant());

        assertThat(revealed).isEqualTo(new RevealedNote(note.id(), "answers", "Stille", "MUNICIPALITY"));
        assertThat(note.reveal(at.clock.instant())).isNull();
    }

    @Test
    void aHiddenNoteIsVisibleOnlyToFacilitatorsAlsoNotToItsAuthor() {
        Note note = at.post(at.kari, "Upassende");
        note.hide(at.sheet(), at.facilitator, at.clock.instant());
        at.reveal(note);

        assertThat(note.visibleTo(at.as(at.kari))).isFalse();
        assertThat(note.visibleTo(at.as(at.ola))).isFalse();
        assertThat(note.visibleTo(at.facilitator)).isTrue();
        assertThat(note.view(at.facilitator, null, 0, 0).hidden()).isTrue();
    }

    @Test
    void aWithdrawnNoteIsVisibleToNobody() {
        Note note = at.post(at.kari, "Angret");
        note.withdraw(at.sheet(), at.as(at.kari), at.clock.instant());

        assertThat(note.visibleTo(at.as(at.kari))).isFalse();
        assertThat(note.visibleTo(at.facilitator)).isFalse();
    }

    @Test
    void notesAreAnonymousUnlessTheWorkshopShowsNamesAndThenOnlyOnceRevealed() {
        Note note = at.post(at.kari, "Stille");
        assertThat(note.showsAuthor(at.sheet())).isFalse();

        at.lifecycle.configure(true, 3);
        assertThat(note.showsAuthor(at.sheet())).isFalse();
        at.reveal(note);
        assertThat(note.showsAuthor(at.sheet())).isTrue();

        at.lifecycle.configure(false, 3);
        assertThat(note.showsAuthor(at.sheet())).isFalse();
    }

    @Test
    void notesTypedInByTheFacilitatorNeverShowAnAuthor() {
        at.lifecycle.configure(true, 3);
        Note note = Note.post(at.sheet(), at.facilitator, Perspective.OTHER, "answers", "Papir", at.clock.instant());
        at.reveal(note);

        assertThat(note.showsAuthor(at.sheet())).isFalse();
        assertThat(note.visibleTo(at.as(at.ola))).isTrue();
        assertThat(note.writtenBy(at.facilitator)).isTrue();
        assertThat(note.writtenBy(at.as(at.ola))).isFalse();
    }

    @Test
    void theSheetKnowsWhichPhasesAllowWriting() {
        assertThat(NoteSheet.WRITING).isEqualTo(Set.of(Phase.SILENT_WRITING, Phase.REVEAL, Phase.DISCUSSION));
    }
}
