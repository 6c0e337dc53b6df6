package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code no.samarbeid.workshops.ReflectionAnswered.v1}: a table's reflection answers on sheet 10 (the whole set). The
 * producer asks to keep them within the municipality: they never reach national read models.
 */
public record ReflectionAnswered(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        List<Answer> answers,
        Instant occurredAt)
        implements TableFact {

    /** One answer. */
    public record Answer(String questionKey, String text) {}
}
