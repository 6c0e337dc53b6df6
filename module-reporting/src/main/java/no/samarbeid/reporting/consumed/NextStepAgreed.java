package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code no.samarbeid.workshops.NextStepAgreed.v1}: a next step on sheet 10. Its {@code owner} may name a person and
 * is deliberately not read.
 */
public record NextStepAgreed(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID nextStepId,
        String text,
        @Nullable LocalDate dueDate,
        Instant occurredAt)
        implements TableFact {}
