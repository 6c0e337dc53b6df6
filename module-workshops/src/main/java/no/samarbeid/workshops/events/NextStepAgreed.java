package no.samarbeid.workshops.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A table agreed on a next step with an owner and a due date (sheet 10). {@code owner} is exactly what the table
 * wrote — usually a role or a unit, sometimes a person's name — and is never linked to an account or participant;
 * being free text that may name someone, consumers keep it within the municipality and leave it out of national
 * read models.
 */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record NextStepAgreed(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID nextStepId,
        String text,
        String owner,
        LocalDate dueDate,
        Instant occurredAt)
        implements WorkshopEvent {}
