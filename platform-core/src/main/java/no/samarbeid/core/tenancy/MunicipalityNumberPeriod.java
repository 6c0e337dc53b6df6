package no.samarbeid.core.tenancy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** The period in which a tenant had a kommunenummer; open-ended while current. */
@Table(schema = "core", name = "tenant_municipality_number")
record MunicipalityNumberPeriod(
        String municipalityNumber,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    boolean current() {
        return validTo == null;
    }
}
