package no.samarbeid.workshops.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.events.NotesClustered;
import no.samarbeid.workshops.workshop.Phase;
import org.junit.jupiter.api.Test;

class NoteClusterUnitTests {

    private final NoteFixture at = new NoteFixture().at(Phase.SILENT_WRITING);

    @Test
    void revealedNotesOfTheSheetAreGatheredUnderAHeading() {
        Note first = at.post(at.kari, "Tid");
        Note second = at.post(at.ola, "Penger");
        at.reveal(first, second);

        NoteCluster cluster = NoteCluster.gather(
                at.sheet(), at.as(at.ola), "  Ressurser ", List.of(first, second, first), at.clock.instant());

        assertThat(cluster.heading()).isEqualTo("Ressurser");
        assertThat(first.clusterId()).isEqualTo(cluster.id());
        assertThat(second.clusterId()).isEqualTo(cluster.id());
        assertThat(cluster.registeredEvents()).singleElement().isInstanceOfSatisfying(NotesClustered.class, e -> {
            assertThat(e.clusterId()).isEqualTo(cluster.id());
            assertThat(e.heading()).isEqualTo("Ressurser");
            assertThat(e.noteIds()).containsExactly(first.id(), second.id());
            assertThat(e.sheetKey()).isEqualTo(NoteFixture.SHEET);
        });
    }

    @Test
    void theHeadingHasOneToEightyCharacters() {
        Note note = at.post(at.kari, "Tid");
        at.reveal(note);

        assertThatThrownBy(() -> NoteCluster.gather(at.sheet(), at.facilitator, " ", List.of(note), at.clock.instant()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("note.cluster-heading");
        assertThatThrownBy(() -> NoteCluster.gather(
                        at.sheet(), at.facilitator, "x".repeat(81), List.of(note), at.clock.instant()))
                .hasMessage("note.cluster-heading");
        assertThat(NoteCluster.gather(at.sheet(), at.facilitator, "x".repeat(80), List.of(note), at.clock.instant())
                        .heading())
                .hasSize(80);
    }

    @Test
    void onlyRevealedNotesAreGathered() {
        Note note = at.post(at.kari, "Stille");

        assertThatThrownBy(() ->
                        NoteCluster.gather(at.sheet(), at.as(at.kari), "Tidlig", List.of(note), at.clock.instant()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("note.not-revealed");
        assertThat(note.clusterId()).isNull();
    }

    @Test
    void atLeastOneNoteOfTheSameTableAndSheetAndNoHiddenOnes() {
        Note note = at.post(at.kari, "Tid");
        Note hidden = at.post(at.ola, "Skjult");
        hidden.hide(at.sheet(), at.facilitator, at.clock.instant());
        at.reveal(note, hidden);
        NoteSheet otherSheet = NoteSheet.of(at.workshop, at.table, "meeting-points", NoteFixture.ZONES);

        assertThatThrownBy(() -> NoteCluster.gather(at.sheet(), at.as(at.kari), "Tom", List.of(), at.clock.instant()))
                .hasMessage("note.cluster-notes");
        assertThatThrownBy(
                        () -> NoteCluster.gather(otherSheet, at.as(at.kari), "Feil", List.of(note), at.clock.instant()))
                .hasMessage("note.cluster-other-sheet");
        assertThatThrownBy(() -> NoteCluster.gather(
                        at.sheet(), at.facilitator, "Skjult", List.of(note, hidden), at.clock.instant()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("note.hidden");
        assertThat(note.clusterId()).isNull();
    }

    @Test
    void onlyThoseAtTheTableGatherItsNotes() {
        Note note = at.post(at.kari, "Tid");
        at.reveal(note);

        assertThatThrownBy(() ->
                        NoteCluster.gather(at.sheet(), at.as(at.guest), "Utenfra", List.of(note), at.clock.instant()))
                .hasMessage("note.not-at-table");
    }
}
