package no.samarbeid.workshops.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantId;
import no.samarbeid.core.tenancy.TenantScope;

/** A running workshop with two tables at "why-collaborate", and people to sit at them, for the notes' unit tests. */
class NoteFixture {

    static final String SHEET = "why-collaborate";
    static final Set<String> ZONES = Set.of("question", "answers");

    final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    final Workshop workshop;
    final UUID table;
    final UUID otherTable;
    final Participant kari;
    final Participant ola;
    final Participant guest;
    final NoteCaller facilitator = NoteCaller.forFacilitator();

    NoteFixture() {
        TenantScope oslo = new TenantScope(new TenantId(UUID.randomUUID()), new MunicipalityNumber("0301"));
        workshop = Workshop.create(
                new WorkshopPlan(
                        "Samarbeid",
                        "Rådhuset",
                        LocalDate.parse("2026-12-27"),
                        "veier-til-samarbeid:2017",
                        List.of(new AgendaView(SHEET, 20), new AgendaView("meeting-points", 25))),
                oslo,
                "oslo-fasilitator",
                true,
                "ABCDEFGHJK",
                clock);
        table = workshop.addTable("Bord 1").id();
        otherTable = workshop.addTable("Bord 2").id();
        workshop.start(clock);
        workshop.openSheet(SHEET, null, clock);
        kari = Participant.join(workshop, null, "Kari", Perspective.MUNICIPALITY, table, clock.instant());
        ola = Participant.join(workshop, null, "Ola", Perspective.SOCIAL_ENTREPRENEUR, table, clock.instant());
        guest = Participant.join(workshop, null, "Gjest", Perspective.OTHER, otherTable, clock.instant());
    }

    NoteFixture at(Phase phase) {
        workshop.changePhase(phase, null, table, clock);
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
