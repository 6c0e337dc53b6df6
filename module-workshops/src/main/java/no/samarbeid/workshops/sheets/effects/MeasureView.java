package no.samarbeid.workshops.sheets.effects;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A measure as the API shows it, with the ids of the effects it is linked to. */
public record MeasureView(
        UUID id,
        String what,
        String how,
        List<UUID> effectIds,
        @Nullable UUID sketchId,
        Instant createdAt) {}
