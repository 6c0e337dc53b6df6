package no.samarbeid.workshops.report;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The report of a workshop for bearer tokens: as JSON, PDF or CSV, in the language of {@code Accept-Language}. */
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/api/workshops/{id}")
class ReportApi {

    private final ReportService reports;
    private final ReportPdf pdf;
    private final ReportCsv csv;

    ReportApi(ReportService reports, ReportPdf pdf, ReportCsv csv) {
        this.reports = reports;
        this.pdf = pdf;
        this.csv = csv;
    }

    @GetMapping("/report")
    Report report(@PathVariable UUID id, Locale locale) {
        return reports.of(id, locale);
    }

    @GetMapping("/report.pdf")
    @ApiResponse(
            responseCode = "200",
            description = "The report as PDF (an attachment)",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        return ReportDownloads.pdf(id, pdf.write(reports.of(id, locale), locale));
    }

    @GetMapping("/report.csv")
    @ApiResponse(
            responseCode = "200",
            description = "One row per note, as CSV (an attachment)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
        return ReportDownloads.csv(id, csv.write(reports.of(id, locale), locale));
    }
}
