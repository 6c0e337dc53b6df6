package no.samarbeid.impact.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * An indicator of a collaboration was defined or revised: consumers keep the latest per {@code indicatorId}. Its
 * unit, optional IRIS+ code, baseline and target; not its wording.
 */
@Externalized("samarbeid.impact::#{tenantId()}")
public record IndicatorDefined(
        UUID eventId,
        UUID tenantId,
        UUID collaborationId,
        UUID indicatorId,
        boolean shared,
        @Nullable String theme,
        String stage,
        String unit,
        @Nullable String irisCode,
        @Nullable BigDecimal baselineValue,
        @Nullable BigDecimal targetValue,
        Instant occurredAt)
        implements ImpactEvent {}
