package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import no.samarbeid.report.ReportWorkshop;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The facilitator logs in through Keycloak and reads a workshop's report; it is accessible and downloads work. */
@BrowserTest
class ReportPageBrowserTests extends BrowserSession {

    @Test
    void theFacilitatorReadsTheReportAndDownloadsItAsPdfAndCsv() throws Exception {
        ReportWorkshop workshop = ReportWorkshop.run(port);

        KeycloakLogin.open(browser, url("/workshops/" + workshop.id + "/rapport"), ReportWorkshop.FACILITATOR, "demo");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rapport: Rapporttest");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains(workshop.revealed(), "Bord Nord").doesNotContain(workshop.unrevealed());
        Axe.check(browser);

        HttpResponse<byte[]> pdf =
                download(browser.findElement(By.id("rapport-pdf")).getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        HttpResponse<byte[]> csv =
                download(browser.findElement(By.id("rapport-csv")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(workshop.revealed());
    }
}
