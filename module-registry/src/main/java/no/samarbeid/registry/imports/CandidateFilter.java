package no.samarbeid.registry.imports;

import java.util.List;
import no.samarbeid.registry.entries.OrganisationNumber;
import org.jspecify.annotations.Nullable;

/**
 * Which unknown organisations an import offers as candidates: by organisation form codes, industry code prefixes
 * (e.g. {@code 88.9}) and the municipality of the business address; an empty criterion takes all. Active ones only
 * (not bankrupt, not being wound up) with a valid organisation number.
 */
public record CandidateFilter(
        List<String> forms,
        List<String> industries,
        @Nullable String municipality) {

    public CandidateFilter {
        forms = List.copyOf(forms);
        industries = List.copyOf(industries);
    }

    boolean accepts(Enhet enhet) {
        if (enhet.konkurs() || enhet.underAvvikling() || !OrganisationNumber.isValid(enhet.organisasjonsnummer())) {
            return false;
        }
        boolean form = forms.isEmpty() || (enhet.form() != null && forms.contains(enhet.form()));
        boolean industry = industries.isEmpty()
                || (enhet.industry() != null && industries.stream().anyMatch(enhet.industry()::startsWith));
        boolean place = municipality == null || municipality.equals(enhet.municipality());
        return form && industry && place;
    }
}
