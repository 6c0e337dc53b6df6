package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A measurement as the API and pages show it. */
record MeasurementView(
        UUID id,
        BigDecimal value,
        LocalDate periodFrom,
        LocalDate periodTo,
        String source,
        String comment,
        Instant recordedAt) {}
