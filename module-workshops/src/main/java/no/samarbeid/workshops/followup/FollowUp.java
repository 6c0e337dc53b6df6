package no.samarbeid.workshops.followup;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An open next step of the municipality; {@code overdue} when due before today in Norway. */
record FollowUp(
        UUID id,
        @Nullable UUID workshopId,
        @Nullable String workshopTitle,
        String text,
        LocalDate dueDate,
        boolean overdue) {}
