package no.samarbeid.workshops.live;

import java.util.UUID;

/** What one app instance tells the others: how many browsers follow a table's live page there, until when it holds. */
record PresenceReport(String instance, UUID workshopId, UUID tableId, int connected, long validUntil) {}
