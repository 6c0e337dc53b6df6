package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A table sketched a possible collaboration with one of its potential partners (sheet 6), or revised the sketch:
 * consumers keep the latest per {@code sketchId}. {@code projectType} is {@code TEMPORARY_PROJECT} or
 * {@code DEVELOPMENT_PROJECT}; {@code deliveryForm} is {@code EXTERNAL_DELIVERY} or {@code CLOSE_COLLABORATION};
 * {@code involved} and {@code howItWorks} are the table's own words (table content, never a participant's identity).
 */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record CollaborationSketched(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID sketchId,
        UUID partnerId,
        String partnerName,
        String sector,
        String projectType,
        boolean procurement,
        String involved,
        String deliveryForm,
        String howItWorks,
        Instant occurredAt)
        implements WorkshopEvent {}
