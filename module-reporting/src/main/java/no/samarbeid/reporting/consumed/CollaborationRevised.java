package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code no.samarbeid.impact.CollaborationRevised.v1}: the municipality revised a collaboration's description (its theme). */
record CollaborationRevised(
        UUID eventId,
        UUID tenantId,
        UUID collaborationId,
        boolean shared,
        @Nullable String theme,
        String stage,
        Instant occurredAt)
        implements CollaborationFact {}
