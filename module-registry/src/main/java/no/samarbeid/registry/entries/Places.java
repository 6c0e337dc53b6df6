package no.samarbeid.registry.entries;

import no.samarbeid.core.reference.MunicipalityNumber;

/** Checks a municipality number of outside input, the refusal naming the field. */
public final class Places {

    private Places() {}

    public static MunicipalityNumber municipality(String field, String value) {
        return Reach.municipality(field, value);
    }
}
