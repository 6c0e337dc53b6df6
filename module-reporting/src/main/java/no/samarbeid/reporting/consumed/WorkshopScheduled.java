package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code no.samarbeid.workshops.WorkshopScheduled.v1}: a workshop got its date. */
public record WorkshopScheduled(
        UUID eventId,
        UUID tenantId,
        String municipalityNumber,
        UUID workshopId,
        String title,
        @Nullable String place,
        @Nullable LocalDate date,
        boolean shared,
        Instant occurredAt)
        implements WorkshopFact {}
