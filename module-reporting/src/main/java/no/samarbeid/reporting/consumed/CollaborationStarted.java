package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code no.samarbeid.impact.CollaborationStarted.v1}: a collaboration started at a stage, with its theme. */
public record CollaborationStarted(
        UUID eventId,
        UUID tenantId,
        UUID collaborationId,
        boolean shared,
        @Nullable String theme,
        String stage,
        Instant occurredAt)
        implements CollaborationFact {}
