package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;

/** {@code no.samarbeid.workshops.WorkshopCompleted.v1}: the facilitator completed the workshop. */
public record WorkshopCompleted(UUID eventId, UUID tenantId, UUID workshopId, boolean shared, Instant occurredAt)
        implements WorkshopFact {}
