package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;

/** {@code no.samarbeid.workshops.NoteEdited.v1}: a note's text changed. */
public record NoteEdited(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID noteId,
        String text,
        boolean revealed,
        Instant occurredAt)
        implements TableFact {}
