package no.samarbeid.workshops.notes;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A note as the caller sees it. {@code author} is a display name, only when the workshop shows names and the note
 * is revealed; {@code votes} is the note's total of dots, {@code myVotes} the caller's; {@code hidden} is only ever
 * true for facilitators.
 */
public record NoteView(
        UUID id,
        String sheetKey,
        String zoneKey,
        String text,
        String perspective,
        boolean revealed,
        boolean mine,
        @Nullable String author,
        @Nullable UUID clusterId,
        int votes,
        int myVotes,
        boolean hidden,
        boolean typedByFacilitator,
        Instant createdAt) {}
