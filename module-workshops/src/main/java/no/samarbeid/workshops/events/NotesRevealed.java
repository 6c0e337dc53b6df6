package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** The table's notes on a sheet were revealed to everyone at the table. */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record NotesRevealed(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        String sheetKey,
        List<RevealedNote> notes,
        Instant occurredAt)
        implements WorkshopEvent {}
