package no.samarbeid.registry.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * An organisation entered the register, pending verification ({@code status} {@code PENDING}), or verified at once
 * when a national coordinator entered it. {@code proposedBy} is the kommunenummer of the proposing municipality.
 */
@Externalized("samarbeid.registry::#{organisationNumber()}")
public record EntrepreneurRegistered(
        UUID eventId,
        UUID tenantId,
        String organisationNumber,
        String name,
        String organisationForm,
        String municipalityNumber,
        String status,
        @Nullable String proposedBy,
        Instant occurredAt)
        implements RegistryEvent {}
