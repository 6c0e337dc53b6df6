package no.samarbeid.workshops.notes;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import no.samarbeid.workshops.workshop.Participant;
import no.samarbeid.workshops.workshop.Perspective;
import no.samarbeid.workshops.workshop.Phase;
import no.samarbeid.workshops.workshop.Workshop;
import no.samarbeid.workshops.workshop.WorkshopFixture;

/** A running workshop with two tables at "why-collaborate", and people to sit at them, for the notes' unit tests. */
class NoteFixture {

    static final String SHEET = "why-collaborate";
    static final Set<String> ZONES = Set.of("question", "answers");

    final WorkshopFixture lifecycle;
    final Clock clock;
    final Workshop workshop;
    final UUID table;
    final UUID otherTable;
    final Participant kari;
    final Participant ola;
    final Participant guest;
    final NoteCaller facilitator = NoteCaller.forFacilitator();

    NoteFixture() {
        lifecycle = new WorkshopFixture(SHEET, "meeting-points");
        workshop = lifecycle.workshop;
        clock = lifecycle.clock;
        table = lifecycle.addTable("Bord 1");
        otherTable = lifecycle.addTable("Bord 2");
        lifecycle.start().open(SHEET);
        kari = lifecycle.join("Kari", Perspective.MUNICIPALITY, table);
        ola = lifecycle.join("Ola", Perspective.SOCIAL_ENTREPRENEUR, table);
        guest = lifecycle.join("Gjest", Perspective.OTHER, otherTable);
    }

    NoteFixture at(Phase phase) {
        lifecycle.phase(phase, table);
        return this;
    }

    NoteSheet sheet() {
        return NoteSheet.of(workshop, table, SHEET, ZONES);
    }

    NoteCaller as(Participant participant) {
        return NoteCaller.forParticipant(participant);
    }

    Note post(Participant author, String text) {
        return Note.post(sheet(), as(author), null, "answers", text, clock.instant());
    }

    /** Reveals the notes as the reveal on the phase change does. */
    void reveal(Note... notes) {
        at(Phase.REVEAL);
        for (Note note : notes) {
            note.reveal(clock.instant());
        }
    }
}
