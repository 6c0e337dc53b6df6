package no.samarbeid.reporting.indexing;

import java.time.Instant;

/**
 * Reporting's view of a tenant in {@code samarbeid-tenants} (id = tenant id): its municipality and whether it shares
 * nationally, as of the last event applied.
 */
record TenantDocument(
        String tenantId, String municipalityNumber, boolean sharesNationally, String eventId, String occurredAt) {

    boolean olderThan(Instant eventTime) {
        return Instant.parse(occurredAt).isBefore(eventTime);
    }
}
