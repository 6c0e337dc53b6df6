package no.samarbeid.core.tenancy.events;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;
import org.springframework.modulith.events.Externalized;

/** A municipality was onboarded, with its initial sharing choice. */
@Externalized("samarbeid.core::#{tenantId()}")
public record TenantOnboarded(
        UUID eventId,
        UUID tenantId,
        String municipalityNumber,
        String name,
        boolean sharesNationally,
        Instant occurredAt)
        implements DomainEvent {}
