package no.samarbeid.workshops.internal;

import java.time.Instant;
import java.util.UUID;

/** A potential partner as the API shows it. */
record PartnerView(UUID id, String name, String delivers, PartnerZone zone, Instant createdAt) {}
