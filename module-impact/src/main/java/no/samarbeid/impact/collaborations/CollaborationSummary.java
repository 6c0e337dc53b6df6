package no.samarbeid.impact.collaborations;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.reference.Theme;
import org.jspecify.annotations.Nullable;

/** A collaboration in a list or on the stage board. */
record CollaborationSummary(
        UUID id,
        String title,
        @Nullable Theme theme,
        String entrepreneurName,
        Stage stage,
        @Nullable UUID workshopId,
        Instant createdAt) {}
