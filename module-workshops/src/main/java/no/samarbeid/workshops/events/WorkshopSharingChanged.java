package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** The municipality's admin changed whether the workshop may appear in national aggregates. */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record WorkshopSharingChanged(UUID eventId, UUID tenantId, UUID workshopId, boolean shared, Instant occurredAt)
        implements WorkshopEvent {}
