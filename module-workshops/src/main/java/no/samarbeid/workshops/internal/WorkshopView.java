package no.samarbeid.workshops.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A workshop as the API shows it. */
record WorkshopView(
        UUID id, String title, String place, LocalDate date, String status, boolean shared, Instant createdAt) {}
