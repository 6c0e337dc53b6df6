package no.samarbeid.workshops.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * The workshops' reading of impact's {@code NextStepUpdated.v1}: a next step of the municipality, latest per
 * {@code nextStepId}; {@code workshopId} is the workshop that agreed on it (sheet 10), absent for steps made by hand.
 */
record StepUpdated(
        UUID eventId,
        UUID tenantId,
        UUID nextStepId,
        @Nullable UUID workshopId,
        String text,
        LocalDate dueDate,
        String status,
        Instant occurredAt)
        implements DomainEvent {

    static final String TYPE = "no.samarbeid.impact.NextStepUpdated.v1";
}
