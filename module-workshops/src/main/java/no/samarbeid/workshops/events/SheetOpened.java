package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/** A sheet was opened at a table (in the reading phase). */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record SheetOpened(
        UUID eventId, UUID tenantId, UUID workshopId, boolean shared, UUID tableId, String sheetKey, Instant occurredAt)
        implements WorkshopEvent {}
