package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code no.samarbeid.workshops.NotePosted.v1}: a note was written; reporting keeps it only when {@code revealed}
 * (the author's pseudonym is not read).
 */
public record NotePosted(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        String sheetKey,
        UUID noteId,
        String zoneKey,
        String text,
        String perspective,
        boolean revealed,
        Instant occurredAt)
        implements TableFact {}
