package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/** A table's countdown was paused, resumed or extended. */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record TimerChanged(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        @Nullable Instant endsAt,
        @Nullable Integer pausedRemainingSeconds,
        Instant occurredAt)
        implements WorkshopEvent {}
