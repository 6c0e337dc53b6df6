package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import no.samarbeid.report.ReportWorkshop;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The facilitator logs in through Keycloak and reads a workshop's report; it is accessible and downloads work. */
@BrowserTest
class ReportPageBrowserTests extends BrowserSession {

    private final HttpClient http = HttpClient.newHttpClient();

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

    /** Fetches a link with the browser's session cookies. */
    private HttpResponse<byte[]> download(String href) throws Exception {
        String cookies = browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        return http.send(
                HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", cookies)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
