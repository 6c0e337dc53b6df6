package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code no.samarbeid.impact.CollaborationStageChanged.v1}: a collaboration moved to another stage. */
record CollaborationStageChanged(
        UUID eventId,
        UUID tenantId,
        UUID collaborationId,
        boolean shared,
        @Nullable String theme,
        String stage,
        Instant occurredAt)
        implements CollaborationFact {}
