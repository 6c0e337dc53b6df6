package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * A table assessed whether a myth about public procurement lives in its organisation (sheet 9), or revised that:
 * consumers keep the latest per {@code assessmentId}. Either {@code mythKey} names a myth of the template
 * ({@code myth-1} ... {@code myth-6}) or {@code otherMyth} is the text of a myth the table named itself. {@code lives}
 * is {@code YES}, {@code PARTLY} or {@code NO}; {@code buster} is what the table thinks would bust it.
 */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record MythAssessed(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID assessmentId,
        @Nullable String mythKey,
        @Nullable String otherMyth,
        String lives,
        String buster,
        Instant occurredAt)
        implements WorkshopEvent {}
