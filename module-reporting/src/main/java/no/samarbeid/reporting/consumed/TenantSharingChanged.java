package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;

/** {@code no.samarbeid.core.TenantSharingChanged.v1}: a municipality's sharing default changed. */
public record TenantSharingChanged(
        UUID eventId, UUID tenantId, String municipalityNumber, boolean sharesNationally, Instant occurredAt)
        implements DomainEvent {}
