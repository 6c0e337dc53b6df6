package no.samarbeid.registry.mentions;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;

/** The registry's reading of core's {@code TenantOnboarded.v1} and {@code TenantSharingChanged.v1}. */
record TenantShared(
        UUID eventId, UUID tenantId, String municipalityNumber, boolean sharesNationally, Instant occurredAt)
        implements DomainEvent {

    static final String ONBOARDED = "no.samarbeid.core.TenantOnboarded.v1";
    static final String CHANGED = "no.samarbeid.core.TenantSharingChanged.v1";
}
