package no.samarbeid.registry.mentions;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;

/** The registry's reading of the workshops' {@code PartnerRetracted.v1}: the partner left sheet 5. */
record RetractedPartner(
        UUID eventId, UUID tenantId, UUID workshopId, boolean shared, UUID tableId, UUID partnerId, Instant occurredAt)
        implements DomainEvent {

    static final String TYPE = "no.samarbeid.workshops.PartnerRetracted.v1";
}
