package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code no.samarbeid.workshops.MythAssessed.v1}: a table's verdict on a procurement myth (sheet 9). */
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
        @Nullable String buster,
        Instant occurredAt)
        implements TableFact {}
