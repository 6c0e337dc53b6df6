package no.samarbeid.reporting.indexing;

import java.time.LocalDate;
import java.util.Optional;
import no.samarbeid.core.reference.InvalidReferenceException;
import no.samarbeid.core.reference.Municipalities;
import no.samarbeid.core.reference.Municipality;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.reference.PopulationBand;
import org.jspecify.annotations.Nullable;

/** Where and when content belongs: its municipality, county and population band, and the workshop's quarter. */
record Placement(
        @Nullable String municipalityNumber,
        @Nullable String municipalityName,
        @Nullable String countyNumber,
        @Nullable String countyName,
        @Nullable String populationBand,
        @Nullable String workshopDate,
        @Nullable Integer year,
        @Nullable String quarter) {

    static Placement of(@Nullable String municipalityNumber, @Nullable String date) {
        Optional<Municipality> municipality = find(municipalityNumber);
        LocalDate day = date == null ? null : LocalDate.parse(date);
        return new Placement(
                municipalityNumber,
                municipality.map(Municipality::name).orElse(null),
                municipality.map(m -> m.county().number().value()).orElse(null),
                municipality.map(m -> m.county().name()).orElse(null),
                municipality.map(m -> PopulationBand.of(m).key()).orElse(null),
                date,
                day == null ? null : day.getYear(),
                day == null ? null : quarter(day));
    }

    /** A quarter as {@code 2026-Q1}: the finest time a researcher ever sees. */
    static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private static Optional<Municipality> find(@Nullable String number) {
        if (number == null) {
            return Optional.empty();
        }
        try {
            return Municipalities.current().find(new MunicipalityNumber(number));
        } catch (InvalidReferenceException e) {
            return Optional.empty();
        }
    }
}
