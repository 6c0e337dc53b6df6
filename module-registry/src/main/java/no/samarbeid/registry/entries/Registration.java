package no.samarbeid.registry.entries;

import org.jspecify.annotations.Nullable;

/** A proposed entry as a client sends it: the organisation and, optionally, its profile. */
public record Registration(
        @Nullable String organisationNumber,
        @Nullable String name,
        @Nullable String organisationForm,
        @Nullable Boolean nonprofit,
        @Nullable String industryCode,
        @Nullable String municipalityNumber,
        @Nullable ProfileInput profile) {

    /** The organisation number, checked (the refusal names the field). */
    OrganisationNumber number() {
        String value = organisationNumber == null ? "" : organisationNumber.replace(" ", "");
        if (!OrganisationNumber.isValid(value)) {
            throw new no.samarbeid.core.web.InvalidFieldException(
                    "organisationNumber", "registry.organisation-number", String.valueOf(organisationNumber));
        }
        return new OrganisationNumber(value);
    }

    EntryData data() {
        return EntryData.of(name, organisationForm, Boolean.TRUE.equals(nonprofit), industryCode, municipalityNumber);
    }

    Profile checkedProfile() {
        return profile == null ? Profile.empty() : Profile.of("profile", profile);
    }
}
