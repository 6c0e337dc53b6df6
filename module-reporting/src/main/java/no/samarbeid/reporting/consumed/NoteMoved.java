package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;

/** {@code no.samarbeid.workshops.NoteMoved.v1}: a note moved to another zone. */
public record NoteMoved(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID noteId,
        String zoneKey,
        boolean revealed,
        Instant occurredAt)
        implements TableFact {}
