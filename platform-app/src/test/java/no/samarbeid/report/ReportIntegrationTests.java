package no.samarbeid.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The report of a workshop as JSON, CSV and PDF: revealed notes only, for its own municipality only. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIntegrationTests {

    @LocalServerPort
    int port;

    private ReportWorkshop workshop;

    @BeforeAll
    void runWorkshop() {
        workshop = ReportWorkshop.run(port);
    }

    @Test
    void theReportShowsEverySheetInAgendaOrderWithRevealedNotesOnly() {
        ApiClient.Response report = workshop.api.get(ReportWorkshop.FACILITATOR, workshop.path("/report"));

        assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
        List<String> keys = report.body()
                .path("sections")
                .valueStream()
                .map(section -> section.path("key").asString())
                .toList();
        assertThat(keys)
                .startsWith("purpose-and-rules", "why-collaborate", "meeting-points")
                .hasSize(10);
        String json = report.body().toString();
        assertThat(json).contains(workshop.revealed(), "Bord Nord").doesNotContain(workshop.unrevealed());
        JsonNode note = report.body()
                .path("sections")
                .get(1)
                .path("tables")
                .get(0)
                .path("zones")
                .get(0)
                .path("loose")
                .get(0);
        assertThat(note.path("author").isNull() || note.path("author").isMissingNode())
                .isTrue();
    }

    @Test
    void theCsvHasOneRowPerRevealedNoteForNorwegianExcel() {
        ApiClient.Binary csv = workshop.api.getBytes(ReportWorkshop.FACILITATOR, workshop.path("/report.csv"));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Ark;Bord;Felt;Lapp;Perspektiv;Gruppe;Prikker");
        assertThat(lines).hasSize(4);
        assertThat(text)
                .contains(workshop.revealed())
                .contains(";\"'=HYPERLINK(\"\"x\"\") " + workshop.marker + "\";")
                .contains("\"Tekst; med semikolon og \"\"sitat\"\"\"")
                .doesNotContain(workshop.unrevealed());
    }

    @Test
    void thePdfTextContainsTheNotes() throws Exception {
        ApiClient.Binary pdf = workshop.api.getBytes(ReportWorkshop.FACILITATOR, workshop.path("/report.pdf"));

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Rapport: Rapporttest", workshop.revealed(), "Bord Nord")
                    .doesNotContain(workshop.unrevealed());
        }
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        for (String rest : List.of("/report", "/report.csv", "/report.pdf")) {
            byte[] first = workshop.api
                    .getBytes(ReportWorkshop.FACILITATOR, workshop.path(rest))
                    .body();
            byte[] second = workshop.api
                    .getBytes(ReportWorkshop.FACILITATOR, workshop.path(rest))
                    .body();
            assertThat(second).as(rest).isEqualTo(first);
        }
    }

    @Test
    void anotherMunicipalitySeesNoReport() {
        for (String rest : List.of("/report", "/report.csv", "/report.pdf")) {
            assertThat(workshop.api
                            .getBytes("bergen-fasilitator", workshop.path(rest))
                            .status())
                    .as(rest)
                    .isEqualTo(404);
        }
    }

    @Test
    void participantsGetNoReport() {
        assertThat(workshop.api.get("oslo-deltaker", workshop.path("/report")).status())
                .isIn(403, 404);
    }
}
