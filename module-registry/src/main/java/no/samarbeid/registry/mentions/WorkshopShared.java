package no.samarbeid.registry.mentions;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;

/** The registry's reading of the workshops' {@code WorkshopSharingChanged.v1}. */
record WorkshopShared(UUID eventId, UUID tenantId, UUID workshopId, boolean shared, Instant occurredAt)
        implements DomainEvent {

    static final String TYPE = "no.samarbeid.workshops.WorkshopSharingChanged.v1";
}
