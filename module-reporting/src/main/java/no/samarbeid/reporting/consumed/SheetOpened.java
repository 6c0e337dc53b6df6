package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;

/** {@code no.samarbeid.workshops.SheetOpened.v1}: a sheet was opened at a table. */
public record SheetOpened(
        UUID eventId, UUID tenantId, UUID workshopId, boolean shared, UUID tableId, String sheetKey, Instant occurredAt)
        implements TableFact {}
