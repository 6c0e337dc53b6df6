package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** Notes were gathered under a heading. */
@Externalized("samarbeid.workshops::#{tenantId()}")
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
        implements WorkshopEvent {}
