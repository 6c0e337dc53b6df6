package no.samarbeid.workshops.report;

import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Download responses of the report: a PDF or a CSV as an attachment named after the workshop. */
final class ReportDownloads {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private ReportDownloads() {}

    static ResponseEntity<byte[]> pdf(UUID workshopId, byte[] pdf) {
        return attachment(workshopId, "pdf", MediaType.APPLICATION_PDF, pdf);
    }

    static ResponseEntity<byte[]> csv(UUID workshopId, byte[] csv) {
        return attachment(workshopId, "csv", CSV, csv);
    }

    private static ResponseEntity<byte[]> attachment(UUID workshopId, String extension, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("rapport-" + workshopId + "." + extension)
                                .build()
                                .toString())
                .body(body);
    }
}
