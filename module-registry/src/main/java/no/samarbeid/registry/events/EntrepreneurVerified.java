package no.samarbeid.registry.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A national coordinator decided on a pending entry: {@code status} is {@code VERIFIED} (shown publicly from now on)
 * or {@code REJECTED}.
 */
@Externalized("samarbeid.registry::#{organisationNumber()}")
public record EntrepreneurVerified(
        UUID eventId, UUID tenantId, String organisationNumber, String status, Instant occurredAt)
        implements RegistryEvent {}
