package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;

/** {@code no.samarbeid.workshops.VotesCast.v1}: a note's total of dots after a change (the voter is not read). */
public record VotesCast(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID noteId,
        int votes,
        Instant occurredAt)
        implements TableFact {}
