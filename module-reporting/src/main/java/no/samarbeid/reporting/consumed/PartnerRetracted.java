package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;

/** {@code no.samarbeid.workshops.PartnerRetracted.v1}: a potential partner was taken off sheet 5. */
public record PartnerRetracted(
        UUID eventId, UUID tenantId, UUID workshopId, boolean shared, UUID tableId, UUID partnerId, Instant occurredAt)
        implements TableFact {}
