package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/** A table moved to the next phase of its sheet; {@code endsAt} is the countdown's end, if any. */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record PhaseChanged(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        String sheetKey,
        String phase,
        @Nullable Instant endsAt,
        Instant occurredAt)
        implements WorkshopEvent {}
