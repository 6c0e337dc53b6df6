package no.samarbeid.registry.api;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import no.samarbeid.core.api.ApiProblems;
import no.samarbeid.registry.entries.Actor;
import no.samarbeid.registry.imports.CandidateFilter;
import no.samarbeid.registry.imports.CsvImportReport;
import no.samarbeid.registry.imports.EntryCsvImport;
import no.samarbeid.registry.imports.ImportResult;
import no.samarbeid.registry.imports.RegisterImport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A national coordinator enters entries from a CSV file, or imports Enhetsregisteret's bulk download ({@code enheter}, gzip JSON array, sent as the
 * request body with content type {@code application/gzip}): known entries are updated, others passing the filter
 * ({@code form}, {@code industry} prefix, {@code municipality}) come back as candidates.
 */
@RestController
@RequestMapping("/api/registry/imports")
class ImportApi {

    private final RegisterImport imports;
    private final EntryCsvImport csv;
    private final MessageSource messages;

    ImportApi(RegisterImport imports, EntryCsvImport csv, MessageSource messages) {
        this.imports = imports;
        this.csv = csv;
        this.messages = messages;
    }

    /**
     * Enters the entries of a CSV file (UTF-8, header row) as verified, all or none: when a row is rejected, nothing
     * is written and the answer (422) lists each rejected row with its line, column and why ({@code rows}).
     */
    @PostMapping(path = "/entries", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
    @ApiProblems(HttpStatus.UNPROCESSABLE_ENTITY)
    CsvImportReport entries(InputStream body) {
        CsvImportReport report = csv.run(body, Actor.current());
        if (!report.accepted()) {
            throw new RowsRejected(report);
        }
        return report;
    }

    @ExceptionHandler(RowsRejected.class)
    ProblemDetail rejected(RowsRejected e, Locale locale) {
        String code = "registry.csv-rejected";
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        problem.setType(URI.create("https://samarbeidsplattformen.no/problemer/" + code));
        problem.setTitle(messages.getMessage("problem." + code + ".title", null, locale));
        problem.setDetail(messages.getMessage(
                "problem." + code + ".detail", new Object[] {e.report.rejected().size(), e.report.rows()}, locale));
        problem.setProperty("code", code);
        problem.setProperty("rows", e.report.rejected());
        return problem;
    }

    /** Rows of a CSV import were rejected (nothing was written). */
    static final class RowsRejected extends RuntimeException {

        private final transient CsvImportReport report;

        RowsRejected(CsvImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
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
