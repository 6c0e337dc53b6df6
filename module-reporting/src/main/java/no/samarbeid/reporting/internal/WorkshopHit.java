package no.samarbeid.reporting.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A workshop found by a search. */
record WorkshopHit(
        String workshopId,
        String municipalityNumber,
        @Nullable String municipalityName,
        String title,
        @Nullable String place,
        @Nullable LocalDate date) {

    static WorkshopHit of(WorkshopDocument document) {
        return new WorkshopHit(
                document.workshopId(),
                document.municipalityNumber(),
                document.municipalityName(),
                document.title(),
                document.place(),
                document.date() == null ? null : LocalDate.parse(document.date()));
    }
}
