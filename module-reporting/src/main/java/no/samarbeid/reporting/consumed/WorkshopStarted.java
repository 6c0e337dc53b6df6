package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;

/** {@code no.samarbeid.workshops.WorkshopStarted.v1}: the facilitator started the workshop. */
public record WorkshopStarted(UUID eventId, UUID tenantId, UUID workshopId, boolean shared, Instant occurredAt)
        implements WorkshopFact {}
