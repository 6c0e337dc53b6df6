package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** The author withdrew a note, or the facilitator hid it. */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record NoteWithdrawn(
        UUID eventId, UUID tenantId, UUID workshopId, boolean shared, UUID tableId, UUID noteId, Instant occurredAt)
        implements WorkshopEvent {}
