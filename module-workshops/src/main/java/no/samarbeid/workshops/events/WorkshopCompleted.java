package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** The facilitator ended the workshop; its join code no longer admits anyone. */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record WorkshopCompleted(UUID eventId, UUID tenantId, UUID workshopId, boolean shared, Instant occurredAt)
        implements WorkshopEvent {}
