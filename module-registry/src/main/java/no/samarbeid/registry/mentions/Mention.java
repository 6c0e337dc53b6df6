package no.samarbeid.registry.mentions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A municipality's mention of a potential partner, with its link to a register entry and the rejected ones. */
record Mention(
        UUID partnerId,
        UUID tenantId,
        UUID workshopId,
        String name,
        String delivers,
        String zone,
        @Nullable String organisationNumber,
        Instant occurredAt,
        @Nullable String linkedTo,
        List<String> rejected) {}
