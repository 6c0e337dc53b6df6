package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * A table proposed what to measure and how (sheet 8), linked to effects of the same table ({@code effectIds}, see
 * {@link EffectIdentified}), or revised it: consumers keep the latest per {@code measureId}. {@code sketchId} is the
 * table's sketch it belongs to, if the table chose one.
 */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record MeasureProposed(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID measureId,
        String what,
        String how,
        List<UUID> effectIds,
        @Nullable UUID sketchId,
        Instant occurredAt)
        implements WorkshopEvent {}
