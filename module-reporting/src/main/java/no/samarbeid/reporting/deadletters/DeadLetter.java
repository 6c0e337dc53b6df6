package no.samarbeid.reporting.deadletters;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A parked event: where it lies (topic, partition, offset), what it is ({@code ce_type}, {@code ce_id}), where it
 * came from, why it failed, and whether an operator has replayed it.
 */
record DeadLetter(
        String topic,
        int partition,
        long offset,
        @Nullable String type,
        @Nullable String eventId,
        @Nullable String originalTopic,
        @Nullable String reason,
        Instant parkedAt,
        boolean replayed) {}
