package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A participant rated the workshop from 1 to 5, or changed the rating: consumers keep the latest per
 * {@code evaluationId}, an opaque id of one participant's evaluation. For privacy it carries neither who evaluated
 * nor their free text.
 */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record WorkshopEvaluated(
        UUID eventId, UUID tenantId, UUID workshopId, boolean shared, UUID evaluationId, int rating, Instant occurredAt)
        implements WorkshopEvent {}
