package no.samarbeid.workshops.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A facilitator scheduled a workshop. {@code shared} tells whether the workshop may appear in national aggregates
 * (the municipality's default unless changed for the workshop).
 */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record WorkshopScheduled(
        UUID eventId,
        UUID tenantId,
        String municipalityNumber,
        UUID workshopId,
        String title,
        String place,
        LocalDate date,
        boolean shared,
        Instant occurredAt)
        implements WorkshopEvent {}
