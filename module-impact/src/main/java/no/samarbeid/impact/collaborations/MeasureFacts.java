package no.samarbeid.impact.collaborations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A measure a table proposed on sheet 8, as the workshops last described it; it belongs to the sketch it names, else
 * to the sketch of the effects it measures, else to the table's only sketch.
 */
public record MeasureFacts(
        UUID measureId,
        UUID workshopId,
        UUID tableId,
        @Nullable UUID sketchId,
        String what,
        String how,
        List<UUID> effectIds,
        Instant occurredAt) {}
