package no.samarbeid.impact.nextsteps;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A next step as the API and pages show it; {@code overdue} when open and due before today (in Norway). */
record NextStepView(
        UUID id,
        String text,
        String owner,
        LocalDate dueDate,
        TaskStatus status,
        boolean overdue,
        @Nullable UUID workshopId,
        @Nullable UUID collaborationId) {}
