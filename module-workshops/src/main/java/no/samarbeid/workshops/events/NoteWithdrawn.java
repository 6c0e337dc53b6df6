package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * The author withdrew a note (nobody sees it any more), or the facilitator hid it (only facilitators still do).
 * {@code revealed} tells whether the table had seen it; if not, only its author and facilitators knew of it.
 */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record NoteWithdrawn(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID noteId,
        boolean revealed,
        Instant occurredAt)
        implements WorkshopEvent {}
