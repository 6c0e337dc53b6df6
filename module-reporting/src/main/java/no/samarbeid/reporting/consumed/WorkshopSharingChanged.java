package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;

/** {@code no.samarbeid.workshops.WorkshopSharingChanged.v1}: the workshop's national visibility changed. */
public record WorkshopSharingChanged(UUID eventId, UUID tenantId, UUID workshopId, boolean shared, Instant occurredAt)
        implements WorkshopFact {}
