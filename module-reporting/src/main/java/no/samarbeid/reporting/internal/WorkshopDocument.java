package no.samarbeid.reporting.internal;

import java.time.Instant;
import no.samarbeid.core.reference.InvalidReferenceException;
import no.samarbeid.core.reference.Municipalities;
import no.samarbeid.core.reference.Municipality;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.workshops.events.WorkshopScheduled;
import org.jspecify.annotations.Nullable;

/**
 * A workshop in the {@code samarbeid-workshops} read model (id = workshop id). It appears nationally only when both
 * the workshop and its municipality share; {@code tenantShares} is reporting's view of the latter. {@code eventId}
 * and {@code occurredAt} are of the last event applied, to ignore duplicates and stale events.
 */
record WorkshopDocument(
        String workshopId,
        String tenantId,
        String municipalityNumber,
        @Nullable String municipalityName,
        String title,
        @Nullable String place,
        @Nullable String date,
        boolean workshopShared,
        boolean tenantShares,
        String eventId,
        String occurredAt) {

    static WorkshopDocument scheduled(WorkshopScheduled event, boolean tenantShares) {
        return new WorkshopDocument(
                event.workshopId().toString(),
                event.tenantId().toString(),
                event.municipalityNumber(),
                municipalityName(event.municipalityNumber()),
                event.title(),
                event.place(),
                event.date() == null ? null : event.date().toString(),
                event.shared(),
                tenantShares,
                event.eventId().toString(),
                event.occurredAt().toString());
    }

    /** Whether an event of the given time is newer than the last one applied. */
    boolean olderThan(Instant eventTime) {
        return Instant.parse(occurredAt).isBefore(eventTime);
    }

    private static @Nullable String municipalityName(String number) {
        try {
            return Municipalities.current()
                    .find(new MunicipalityNumber(number))
                    .map(Municipality::name)
                    .orElse(null);
        } catch (InvalidReferenceException e) {
            return null;
        }
    }
}
