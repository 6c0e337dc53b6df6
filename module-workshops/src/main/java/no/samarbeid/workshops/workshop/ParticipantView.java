package no.samarbeid.workshops.workshop;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A participant as the facilitator sees them. */
public record ParticipantView(
        UUID id,
        String displayName,
        String perspective,
        @Nullable UUID tableId,
        String kind) {}
