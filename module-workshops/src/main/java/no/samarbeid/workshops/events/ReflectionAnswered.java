package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A table saved its answers to the reflection questions of the last sheet (10): the whole set each time, ordered by
 * question key (a question left blank is absent), so consumers keep the latest per {@code tableId}.
 */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record ReflectionAnswered(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        List<Answer> answers,
        Instant occurredAt)
        implements WorkshopEvent {

    public ReflectionAnswered {
        answers = answers.stream()
                .sorted(Comparator.comparing(Answer::questionKey))
                .toList();
    }

    /** The table's answer to one question of the sheet. */
    public record Answer(String questionKey, String text) {}
}
