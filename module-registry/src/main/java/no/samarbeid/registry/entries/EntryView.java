package no.samarbeid.registry.entries;

import java.time.Instant;
import no.samarbeid.core.reference.Municipalities;
import no.samarbeid.core.reference.MunicipalityNumber;
import org.jspecify.annotations.Nullable;

/** An entry as the API shows it (and as history snapshots keep it). */
public record EntryView(
        String organisationNumber,
        String name,
        String organisationForm,
        boolean nonprofit,
        @Nullable String industryCode,
        String municipalityNumber,
        String municipalityName,
        String countyNumber,
        String status,
        @Nullable String mergedInto,
        boolean bankrupt,
        boolean underLiquidation,
        Profile profile,
        int version,
        Instant updatedAt) {

    public static EntryView of(Entry entry) {
        var municipality = Municipalities.current()
                .find(new MunicipalityNumber(entry.data().municipalityNumber()));
        return new EntryView(
                entry.number().value(),
                entry.data().name(),
                entry.data().organisationForm().name(),
                entry.data().nonprofit(),
                entry.data().industryCode(),
                entry.data().municipalityNumber(),
                municipality.map(m -> m.name()).orElse(""),
                entry.data().municipalityNumber().substring(0, 2),
                entry.status().name(),
                entry.mergedInto(),
                entry.bankrupt(),
                entry.underLiquidation(),
                entry.profile(),
                entry.version(),
                entry.updatedAt());
    }
}
