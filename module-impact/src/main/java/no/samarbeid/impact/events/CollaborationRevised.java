package no.samarbeid.impact.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * The municipality revised a collaboration's description (title, theme, entrepreneur, form, responsible, description):
 * consumers keep the latest {@code theme} per {@code collaborationId}; the words stay in the municipality.
 */
@Externalized("samarbeid.impact::#{tenantId()}")
public record CollaborationRevised(
        UUID eventId,
        UUID tenantId,
        UUID collaborationId,
        boolean shared,
        @Nullable String theme,
        String stage,
        Instant occurredAt)
        implements ImpactEvent {}
