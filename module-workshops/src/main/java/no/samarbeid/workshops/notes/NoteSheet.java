package no.samarbeid.workshops.notes;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.workshop.Phase;
import no.samarbeid.workshops.workshop.Workshop;
import no.samarbeid.workshops.workshop.WorkshopStatus;
import org.jspecify.annotations.Nullable;

/**
 * A sheet at one table as notes see it: the workshop's state and settings, the table's phase for the sheet (null
 * when the sheet is not the one open there) and the zones of the sheet in the workshop's pinned template.
 */
record NoteSheet(
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        boolean running,
        boolean showNames,
        int dotsPerPerson,
        UUID tableId,
        String sheetKey,
        @Nullable Phase phase,
        Set<String> zoneKeys) {

    /** The phases in which notes may be written. */
    static final Set<Phase> WRITING = EnumSet.of(Phase.SILENT_WRITING, Phase.REVEAL, Phase.DISCUSSION);

    NoteSheet {
        zoneKeys = Set.copyOf(zoneKeys);
    }

    /** The sheet at a table of the workshop (404 for a table that is not the workshop's). */
    static NoteSheet of(Workshop workshop, UUID tableId, String sheetKey, Set<String> zoneKeys) {
        return new NoteSheet(
                workshop.tenantId(),
                workshop.id(),
                workshop.shared(),
                workshop.status() == WorkshopStatus.RUNNING,
                !workshop.anonymous(),
                workshop.dotsPerPerson(),
                tableId,
                sheetKey,
                workshop.phaseAt(tableId, sheetKey),
                zoneKeys);
    }

    void requireRunning() {
        if (!running) {
            throw new ConflictException("note.workshop-not-running");
        }
    }

    /** Notes may be written while the sheet is open at the table in silent writing, reveal or discussion. */
    void requireWritable() {
        requireRunning();
        if (phase == null) {
            throw new ConflictException("note.sheet-not-open", sheetKey);
        }
        if (!WRITING.contains(phase)) {
            throw new ConflictException("note.phase-closed", phase);
        }
    }

    void requireZone(String zoneKey) {
        if (!zoneKeys.contains(zoneKey)) {
            throw new InvalidInputException("note.unknown-zone", zoneKey, sheetKey);
        }
    }

    /** Whether notes written now are visible to the whole table at once. */
    boolean revealed() {
        return phase != null && phase.revealed();
    }
}
