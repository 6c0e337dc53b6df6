package no.samarbeid.core.tenancy;

import java.time.Instant;
import no.samarbeid.core.reference.MunicipalityNumber;

/** What other modules and the API see of a tenant. */
public record TenantSummary(
        TenantId id,
        MunicipalityNumber municipalityNumber,
        String name,
        boolean sharesNationally,
        Instant onboardedAt) {

    public TenantScope scope() {
        return new TenantScope(id, municipalityNumber);
    }
}
