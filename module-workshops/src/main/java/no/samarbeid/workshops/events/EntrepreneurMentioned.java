package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * A table named a social entrepreneur as a potential partner on the partner sheet (5), or revised that entry:
 * consumers keep the latest per {@code partnerId}. {@code zone} is the entrepreneur's reach as the table placed it:
 * {@code MUNICIPALITY}, {@code REGION} or {@code NATIONAL}. {@code organisationNumber} is the register entry the
 * participant picked while typing the name, or null (added compatibly to v1: older events lack it).
 */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record EntrepreneurMentioned(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID partnerId,
        String name,
        String delivers,
        String zone,
        @Nullable String organisationNumber,
        Instant occurredAt)
        implements WorkshopEvent {}
