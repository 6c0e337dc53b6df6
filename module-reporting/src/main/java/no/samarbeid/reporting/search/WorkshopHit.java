package no.samarbeid.reporting.search;

import java.time.LocalDate;
import no.samarbeid.reporting.indexing.WorkshopDocument;
import org.jspecify.annotations.Nullable;

/** A workshop found by a search. */
record WorkshopHit(
        String workshopId,
        @Nullable String municipalityNumber,
        @Nullable String municipalityName,
        @Nullable String title,
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
