package no.samarbeid.registry.entries;

import org.jspecify.annotations.Nullable;

/**
 * What Enhetsregisteret says of an organisation (name, form, industry, business address municipality), plus the
 * programme's "ideelt AS" flag: {@code nonprofit} (only for an AS).
 */
public record EntryData(
        String name,
        OrganisationForm organisationForm,
        boolean nonprofit,
        @Nullable String industryCode,
        String municipalityNumber) {

    public static final int MAX_NAME = 200;

    /** Checks outside input, refusals naming the field. */
    static EntryData of(
            @Nullable String name,
            @Nullable String form,
            boolean nonprofit,
            @Nullable String industryCode,
            @Nullable String municipalityNumber) {
        String checkedName = Fields.required("name", name, MAX_NAME);
        OrganisationForm checkedForm = OrganisationForm.of(form == null ? "" : form)
                .orElseThrow(() -> new no.samarbeid.core.web.InvalidFieldException(
                        "organisationForm", "registry.organisation-form", String.valueOf(form)));
        if (nonprofit && checkedForm != OrganisationForm.AS) {
            throw new no.samarbeid.core.web.InvalidFieldException("nonprofit", "registry.nonprofit", checkedForm);
        }
        String industry = Fields.optional("industryCode", industryCode, 6);
        if (!industry.isEmpty() && !industry.matches("\\d{2}\\.\\d{1,3}")) {
            throw new no.samarbeid.core.web.InvalidFieldException("industryCode", "registry.industry-code", industry);
        }
        String municipality =
                Reach.municipality("municipalityNumber", municipalityNumber).value();
        return new EntryData(checkedName, checkedForm, nonprofit, industry.isEmpty() ? null : industry, municipality);
    }
}
