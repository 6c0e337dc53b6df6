package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A table took a potential partner off the partner sheet (5): consumers drop what they keep for {@code partnerId}
 * (see {@link EntrepreneurMentioned}).
 */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record PartnerRetracted(
        UUID eventId, UUID tenantId, UUID workshopId, boolean shared, UUID tableId, UUID partnerId, Instant occurredAt)
        implements WorkshopEvent {}
