package no.samarbeid.workshops.report;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The report of a workshop for bearer tokens: as JSON, PDF or CSV, in the language of {@code Accept-Language}. */
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
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        return ReportDownloads.pdf(id, pdf.write(reports.of(id, locale), locale));
    }

    @GetMapping("/report.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
        return ReportDownloads.csv(id, csv.write(reports.of(id, locale), locale));
    }
}
