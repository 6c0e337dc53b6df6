package no.samarbeid.workshops.workshop;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A table as the API shows it: the open sheet, phase and countdown (an end time, or seconds left when paused). */
public record TableView(
        UUID id,
        String name,
        @Nullable String sheetKey,
        @Nullable String phase,
        @Nullable Instant phaseEndsAt,
        @Nullable Integer pausedRemainingSeconds) {}
