package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code no.samarbeid.workshops.NotesClustered.v1}: revealed notes were gathered under a heading. */
public record NotesClustered(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        String sheetKey,
        UUID clusterId,
        String heading,
        List<UUID> noteIds,
        Instant occurredAt)
        implements TableFact {}
