package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** The facilitator started the workshop with its tables. */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record WorkshopStarted(
        UUID eventId, UUID tenantId, UUID workshopId, boolean shared, int tables, Instant occurredAt)
        implements WorkshopEvent {}
