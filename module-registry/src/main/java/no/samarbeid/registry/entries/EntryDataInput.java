package no.samarbeid.registry.entries;

import org.jspecify.annotations.Nullable;

/** An entry's register data as a coordinator sends it (JSON or a form), before it is checked. */
public record EntryDataInput(
        @Nullable String name,
        @Nullable String organisationForm,
        @Nullable Boolean nonprofit,
        @Nullable String industryCode,
        @Nullable String municipalityNumber) {

    /** The data with every field checked; a refusal names the field. */
    EntryData checked() {
        return EntryData.of(name, organisationForm, Boolean.TRUE.equals(nonprofit), industryCode, municipalityNumber);
    }

    /** The entry's data as a form shows it. */
    public static EntryDataInput of(EntryView entry) {
        return new EntryDataInput(
                entry.name(),
                entry.organisationForm(),
                entry.nonprofit(),
                entry.industryCode(),
                entry.municipalityNumber());
    }
}
