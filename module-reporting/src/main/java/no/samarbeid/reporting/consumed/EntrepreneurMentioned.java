package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code no.samarbeid.workshops.EntrepreneurMentioned.v1}: a potential partner named on sheet 5. */
public record EntrepreneurMentioned(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID partnerId,
        String name,
        @Nullable String delivers,
        String zone,
        Instant occurredAt)
        implements TableFact {}
