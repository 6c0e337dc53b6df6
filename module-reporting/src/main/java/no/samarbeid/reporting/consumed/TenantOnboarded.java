package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;

/** {@code no.samarbeid.core.TenantOnboarded.v1}: a municipality was onboarded, with its sharing choice. */
public record TenantOnboarded(
        UUID eventId, UUID tenantId, String municipalityNumber, boolean sharesNationally, Instant occurredAt)
        implements DomainEvent {}
