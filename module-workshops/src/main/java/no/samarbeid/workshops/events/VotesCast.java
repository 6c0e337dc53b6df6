package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** A participant's dots on a note changed; {@code votes} is the note's total. */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record VotesCast(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID noteId,
        int votes,
        String voterPseudonym,
        Instant occurredAt)
        implements WorkshopEvent {}
