package no.samarbeid.workshops.sheets.partners;

import java.time.Instant;
import java.util.UUID;

/** A potential partner as the API shows it. */
public record PartnerView(UUID id, String name, String delivers, PartnerZone zone, Instant createdAt) {}
