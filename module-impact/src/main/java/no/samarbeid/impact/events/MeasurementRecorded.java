package no.samarbeid.impact.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/** A measurement of an indicator over a period (its source and comment stay in the municipality). */
@Externalized("samarbeid.impact::#{tenantId()}")
public record MeasurementRecorded(
        UUID eventId,
        UUID tenantId,
        UUID collaborationId,
        UUID indicatorId,
        UUID measurementId,
        boolean shared,
        @Nullable String theme,
        String stage,
        String unit,
        BigDecimal value,
        LocalDate periodFrom,
        LocalDate periodTo,
        Instant occurredAt)
        implements ImpactEvent {}
