package no.samarbeid.impact.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * A next step of the municipality was taken on (from sheet 10: {@code sourceNextStepId} and {@code workshopId}),
 * revised, done or dropped: consumers keep the latest per {@code nextStepId}. Its text and due date, never its owner
 * (free text that may name a person).
 */
@Externalized("samarbeid.impact::#{tenantId()}")
public record NextStepUpdated(
        UUID eventId,
        UUID tenantId,
        UUID nextStepId,
        @Nullable UUID sourceNextStepId,
        @Nullable UUID workshopId,
        @Nullable UUID collaborationId,
        boolean shared,
        @Nullable String theme,
        @Nullable String stage,
        String text,
        LocalDate dueDate,
        String status,
        Instant occurredAt)
        implements ImpactEvent {}
