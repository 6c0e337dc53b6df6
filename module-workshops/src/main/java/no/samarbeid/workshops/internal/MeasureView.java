package no.samarbeid.workshops.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A measure as the API shows it, with the ids of the effects it is linked to. */
record MeasureView(UUID id, String what, String how, List<UUID> effectIds, Instant createdAt) {}
