package no.samarbeid.core.tenancy.events;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;
import org.springframework.modulith.events.Externalized;

/** A municipality started or stopped sharing its content in national aggregates. */
@Externalized("samarbeid.core::#{tenantId()}")
public record TenantSharingChanged(
        UUID eventId, UUID tenantId, String municipalityNumber, boolean sharesNationally, Instant occurredAt)
        implements DomainEvent {}
