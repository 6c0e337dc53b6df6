package no.samarbeid.registry.mentions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mention as the municipality sees it: what the table wrote, its confirmed link, and suggestions of entries it
 * may be (exact organisation number first, then names alike, best first).
 */
public record MentionView(
        UUID id,
        UUID workshopId,
        String name,
        String delivers,
        String zone,
        @Nullable String organisationNumber,
        Instant occurredAt,
        @Nullable String linkedTo,
        List<Suggestion> suggestions) {

    /** An entry the mention may be. {@code match} is EXACT (organisation number) or NAME. */
    public record Suggestion(String organisationNumber, String name, String municipalityNumber, String match) {}
}
