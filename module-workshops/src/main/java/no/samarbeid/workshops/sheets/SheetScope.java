package no.samarbeid.workshops.sheets;

import java.util.UUID;

/** A table of a workshop whose sheets are read or written, and whether the workshop is shared nationally. */
public record SheetScope(UUID tenantId, UUID workshopId, UUID tableId, boolean shared) {}
