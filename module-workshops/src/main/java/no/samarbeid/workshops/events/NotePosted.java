package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** A note was written at a table. Until {@code revealed}, only its author (known by pseudonym) and the facilitator may see it; the author's name never travels. */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record NotePosted(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        String sheetKey,
        UUID noteId,
        String zoneKey,
        String text,
        String authorPseudonym,
        String perspective,
        boolean revealed,
        Instant occurredAt)
        implements WorkshopEvent {}
