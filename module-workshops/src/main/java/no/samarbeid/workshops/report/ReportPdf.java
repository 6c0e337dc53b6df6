package no.samarbeid.workshops.report;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report as a PDF with extractable text, rendered by openhtmltopdf from the print template. The same report
 * gives the same bytes: the document's dates are the workshop's creation and its id is fixed.
 */
@Component
class ReportPdf {

    private final ITemplateEngine templates;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] write(Report report, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("report", report);
        String xhtml = templates.process("report/print", context);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, "/");
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            Calendar created =
                    GregorianCalendar.from(report.workshop().createdAt().atZone(ZoneOffset.UTC));
            document.getDocumentInformation().setCreationDate(created);
            document.getDocumentInformation().setModificationDate(created);
            document.setDocumentId(report.workshop().id().getMostSignificantBits());
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
