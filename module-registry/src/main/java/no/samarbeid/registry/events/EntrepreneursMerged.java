package no.samarbeid.registry.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A national coordinator merged a duplicate ({@code mergedOrganisationNumber}) into the entry that survives
 * ({@code organisationNumber}); the merged entry keeps its history and redirects to the survivor.
 */
@Externalized("samarbeid.registry::#{organisationNumber()}")
public record EntrepreneursMerged(
        UUID eventId, UUID tenantId, String organisationNumber, String mergedOrganisationNumber, Instant occurredAt)
        implements RegistryEvent {}
