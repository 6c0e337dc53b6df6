package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code no.samarbeid.workshops.NotesRevealed.v1}: a table's notes on a sheet became visible to the table. */
public record NotesRevealed(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        String sheetKey,
        List<RevealedNote> notes,
        Instant occurredAt)
        implements TableFact {

    /** One revealed note. */
    public record RevealedNote(UUID noteId, String zoneKey, String text, String perspective) {}
}
