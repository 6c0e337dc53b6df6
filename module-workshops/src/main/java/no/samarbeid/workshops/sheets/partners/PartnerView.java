package no.samarbeid.workshops.sheets.partners;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A potential partner as the API shows it. */
public record PartnerView(
        UUID id,
        String name,
        String delivers,
        PartnerZone zone,
        @Nullable String organisationNumber,
        Instant createdAt) {}
