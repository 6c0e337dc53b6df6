package no.samarbeid.registry.api;

import java.io.InputStream;
import java.util.List;
import no.samarbeid.registry.entries.Actor;
import no.samarbeid.registry.imports.CandidateFilter;
import no.samarbeid.registry.imports.ImportResult;
import no.samarbeid.registry.imports.RegisterImport;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A national coordinator imports Enhetsregisteret's bulk download ({@code enheter}, gzip JSON array, sent as the
 * request body with content type {@code application/gzip}): known entries are updated, others passing the filter
 * ({@code form}, {@code industry} prefix, {@code municipality}) come back as candidates.
 */
@RestController
@RequestMapping("/api/registry/imports")
class ImportApi {

    private final RegisterImport imports;

    ImportApi(RegisterImport imports) {
        this.imports = imports;
    }

    @PostMapping
    @PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
    ImportResult run(
            InputStream body,
            @RequestParam(required = false) @Nullable List<String> form,
            @RequestParam(required = false) @Nullable List<String> industry,
            @RequestParam(required = false) @Nullable String municipality) {
        return imports.run(
                body,
                new CandidateFilter(
                        form == null ? List.of() : form, industry == null ? List.of() : industry, municipality),
                Actor.current());
    }
}
