package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** The author edited a note. */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record NoteEdited(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID noteId,
        String text,
        boolean revealed,
        Instant occurredAt)
        implements WorkshopEvent {}
