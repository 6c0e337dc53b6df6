package no.samarbeid.impact.nextsteps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A next step a table agreed on sheet 10, as the workshops last described it. */
public record NextStepFacts(
        UUID nextStepId,
        UUID workshopId,
        UUID tableId,
        String text,
        String owner,
        LocalDate dueDate,
        boolean shared,
        Instant occurredAt) {}
