package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** A note was moved to another zone of its sheet; until {@code revealed}, only its author and facilitators see it. */
@Externalized("samarbeid.workshops::#{tenantId()}")
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
        implements WorkshopEvent {}
