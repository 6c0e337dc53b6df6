package no.samarbeid.reporting.research;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A frozen snapshot of every research table: cited by its id, never recomputed. */
record Snapshot(
        UUID id,
        Instant takenAt,
        String reason,
        @Nullable String requestedBy,
        String codebookVersion,
        int minContributors,
        int minMunicipalities) {}
