package no.samarbeid.workshops.report;

import java.util.Locale;
import java.util.UUID;
import no.samarbeid.core.security.PageSession;
import no.samarbeid.core.web.PageController;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The report of a workshop for its facilitators and admins in the browser: a page, a PDF and a CSV. */
@PageController
class ReportPages {

    private final ReportService reports;
    private final PageSession session;
    private final ReportPdf pdf;
    private final ReportCsv csv;

    ReportPages(ReportService reports, PageSession session, ReportPdf pdf, ReportCsv csv) {
        this.reports = reports;
        this.session = session;
        this.pdf = pdf;
        this.csv = csv;
    }

    @GetMapping("/workshops/{id}/rapport")
    String page(@PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("report", session.call(() -> reports.of(id, locale)));
        return "report/page";
    }

    @GetMapping("/workshops/{id}/rapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        return ReportDownloads.pdf(id, pdf.write(session.call(() -> reports.of(id, locale)), locale));
    }

    @GetMapping("/workshops/{id}/rapport.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
        return ReportDownloads.csv(id, csv.write(session.call(() -> reports.of(id, locale)), locale));
    }
}
