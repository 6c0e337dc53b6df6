package no.samarbeid.core.tenancy;

import no.samarbeid.core.reference.MunicipalityNumber;

/** The tenant a piece of work runs for: its id and current kommunenummer. */
public record TenantScope(TenantId id, MunicipalityNumber municipalityNumber) {}
