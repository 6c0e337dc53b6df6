package no.samarbeid.registry.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import did: how many {@code enheter} it read, how many known entries it updated, and the first candidates
 * that passed the filter ({@code candidatesFound} counts them all).
 */
public record ImportResult(long read, long updated, long candidatesFound, List<Candidate> candidates) {

    /** An organisation of Enhetsregisteret that is not in the register yet. */
    public record Candidate(
            String organisationNumber,
            String name,
            @Nullable String organisationForm,
            @Nullable String industryCode,
            @Nullable String municipalityNumber) {}
}
