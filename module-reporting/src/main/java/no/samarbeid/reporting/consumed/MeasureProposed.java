package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code no.samarbeid.workshops.MeasureProposed.v1}: what to measure and how, on sheet 8. */
public record MeasureProposed(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID measureId,
        String what,
        @Nullable String how,
        Instant occurredAt)
        implements TableFact {}
