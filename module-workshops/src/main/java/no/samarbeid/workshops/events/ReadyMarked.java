package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A participant marked themselves done ({@code ready}) with their table's phase of a sheet, or took it back; carries
 * no identity, the console only counts.
 */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record ReadyMarked(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        String sheetKey,
        String phase,
        boolean ready,
        Instant occurredAt)
        implements WorkshopEvent {}
