package no.samarbeid.registry.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * An entry's data or profile changed (by a coordinator, the entrepreneur or an import): the new {@code version} of
 * its history and the names of the changed {@code fields}.
 */
@Externalized("samarbeid.registry::#{organisationNumber()}")
public record EntrepreneurProfileChanged(
        UUID eventId, UUID tenantId, String organisationNumber, int version, List<String> fields, Instant occurredAt)
        implements RegistryEvent {}
