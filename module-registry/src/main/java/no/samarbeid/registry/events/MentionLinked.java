package no.samarbeid.registry.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A municipality decided on the link of a workshop mention ({@code mentionId}, the sheet-5 partner's id) to an entry:
 * {@code decision} is {@code CONFIRMED} or {@code REJECTED}. Belongs to the municipality ({@code tenantId}).
 */
@Externalized("samarbeid.registry::#{tenantId()}")
public record MentionLinked(
        UUID eventId,
        UUID tenantId,
        UUID mentionId,
        UUID workshopId,
        String organisationNumber,
        String decision,
        Instant occurredAt)
        implements RegistryEvent {}
