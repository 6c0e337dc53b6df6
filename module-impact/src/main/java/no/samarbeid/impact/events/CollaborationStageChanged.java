package no.samarbeid.impact.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/** A collaboration moved from {@code fromStage} to {@code stage} (the reason stays in the municipality). */
@Externalized("samarbeid.impact::#{tenantId()}")
public record CollaborationStageChanged(
        UUID eventId,
        UUID tenantId,
        UUID collaborationId,
        boolean shared,
        @Nullable String theme,
        String fromStage,
        String stage,
        Instant occurredAt)
        implements ImpactEvent {}
