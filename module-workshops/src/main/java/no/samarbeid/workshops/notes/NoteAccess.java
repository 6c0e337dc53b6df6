package no.samarbeid.workshops.notes;

import java.util.UUID;
import no.samarbeid.workshops.workshop.Actor;
import no.samarbeid.workshops.workshop.Workshop;
import no.samarbeid.workshops.workshop.WorkshopAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Lets callers at a table: the workshop must be visible to them (404 otherwise, also for other municipalities),
 * the table must be the workshop's, and a participant must be seated there (403). Facilitators and admins of the
 * municipality act as facilitators; everyone else through their participation.
 */
@Component
class NoteAccess {

    private final WorkshopAccess access;
    private final NoteZones zones;
    private final Notes notes;

    NoteAccess(WorkshopAccess access, NoteZones zones, Notes notes) {
        this.access = access;
        this.zones = zones;
        this.notes = notes;
    }

    /**
     * The caller at a table, for writing a note: first waits for a phase change of the workshop that is being
     * committed, so that a note written in silence is never missed by the reveal that ends the silence.
     */
    NoteTable tableForWriting(UUID workshopId, UUID tableId) {
        access.holdChanges(workshopId);
        return table(workshopId, tableId);
    }

    /** The caller at a table of a workshop. */
    NoteTable table(UUID workshopId, UUID tableId) {
        Actor actor = Actor.current();
        Workshop workshop = access.visible(workshopId, actor);
        workshop.table(tableId);
        NoteCaller caller = actor.manages()
                ? NoteCaller.forFacilitator()
                : NoteCaller.forParticipant(access.participation(workshop, actor));
        caller.requireAt(tableId);
        return new NoteTable(workshop, tableId, caller);
    }

    /** A sheet at the table. */
    NoteSheet sheet(NoteTable table, String sheetKey) {
        return NoteSheet.of(
                table.workshop(),
                table.tableId(),
                sheetKey,
                zones.of(table.workshop().id(), sheetKey));
    }

    /** A note at the table that the caller may see (404 otherwise). */
    Note note(NoteTable table, UUID noteId) {
        return notes.findById(noteId)
                .filter(note -> note.workshopId().equals(table.workshop().id()))
                .filter(note -> note.tableId().equals(table.tableId()))
                .filter(note -> note.visibleTo(table.caller()))
                .orElseThrow(Note::notFound);
    }

    /** A caller let in at a table of a workshop. */
    record NoteTable(Workshop workshop, UUID tableId, NoteCaller caller) {

        /** The given sheet, else the one open at the table (null if none is). */
        @Nullable
        String sheetKeyOr(@Nullable String sheetKey) {
            return sheetKey != null ? sheetKey : workshop.table(tableId).sheetKey();
        }
    }
}
