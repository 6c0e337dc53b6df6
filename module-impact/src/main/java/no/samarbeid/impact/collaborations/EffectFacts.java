package no.samarbeid.impact.collaborations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An effect a table named on sheet 7, as the workshops last described it; {@code sketchId} says which sketch it is
 * for (null from workshops that do not say: then it goes to the table's only sketch).
 */
public record EffectFacts(
        UUID effectId,
        UUID workshopId,
        UUID tableId,
        @Nullable UUID sketchId,
        String stakeholder,
        String text,
        List<String> benefitTypes,
        Instant occurredAt) {}
