package no.samarbeid.core.security;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantId;
import no.samarbeid.core.tenancy.TenantScope;

/**
 * A guest's session (no account): scoped to one workshop of one municipality and to the guest's participation in
 * it; signed by the platform and valid until it expires.
 */
public record GuestSession(
        TenantId tenantId,
        MunicipalityNumber municipalityNumber,
        UUID workshopId,
        UUID participantId,
        Instant expiresAt) {

    public TenantScope tenant() {
        return new TenantScope(tenantId, municipalityNumber);
    }
}
