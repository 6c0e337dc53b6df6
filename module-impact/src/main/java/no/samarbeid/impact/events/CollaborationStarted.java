package no.samarbeid.impact.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/** A collaboration started, from a workshop's sketch ({@code workshopId} set) or by hand, at {@code stage}. */
@Externalized("samarbeid.impact::#{tenantId()}")
public record CollaborationStarted(
        UUID eventId,
        UUID tenantId,
        UUID collaborationId,
        boolean shared,
        @Nullable String theme,
        String stage,
        @Nullable UUID workshopId,
        Instant occurredAt)
        implements ImpactEvent {}
