package no.samarbeid.registry.imports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.registry.entries.Actor;
import no.samarbeid.registry.entries.EntryService;
import org.springframework.stereotype.Service;

/**
 * Imports Enhetsregisteret's bulk download as a stream: each known entry is updated in its own transaction (with its
 * history and event when something changed), unknown organisations passing the filter are offered as candidates.
 */
@Service
public class RegisterImport {

    static final int MAX_CANDIDATES = 500;

    private final EntryService entries;

    RegisterImport(EntryService entries) {
        this.entries = entries;
    }

    /** Runs an import for a national coordinator. */
    public ImportResult run(InputStream gzip, CandidateFilter filter, Actor actor) {
        if (!actor.coordinator()) {
            throw new AccessRefusedException("access-denied");
        }
        Set<String> known = entries.organisationNumbers();
        List<ImportResult.Candidate> candidates = new ArrayList<>();
        long[] updated = {0};
        long[] found = {0};
        long read = EnhetReader.read(gzip, enhet -> {
            String number = enhet.organisasjonsnummer();
            if (number != null && known.contains(number)) {
                if (enhet.navn() != null
                        && entries.importRegisterData(
                                number,
                                enhet.navn(),
                                enhet.form(),
                                enhet.industry(),
                                enhet.municipality(),
                                enhet.konkurs(),
                                enhet.underAvvikling())) {
                    updated[0]++;
                }
            } else if (filter.accepts(enhet) && enhet.navn() != null && number != null) {
                found[0]++;
                if (candidates.size() < MAX_CANDIDATES) {
                    candidates.add(new ImportResult.Candidate(
                            number, enhet.navn(), enhet.form(), enhet.industry(), enhet.municipality()));
                }
            }
        });
        return new ImportResult(read, updated[0], found[0], List.copyOf(candidates));
    }
}
