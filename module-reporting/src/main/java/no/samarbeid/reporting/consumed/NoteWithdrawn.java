package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;

/** {@code no.samarbeid.workshops.NoteWithdrawn.v1}: a note was withdrawn or hidden. */
public record NoteWithdrawn(
        UUID eventId, UUID tenantId, UUID workshopId, boolean shared, UUID tableId, UUID noteId, Instant occurredAt)
        implements TableFact {}
