package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The national and research pages in a browser: the coordinator's dashboard (charts drawn, numbers in tables, the
 * map of counties credited, a collaboration started in Oslo in its pipeline) and search, the researcher's tables and the operator's dead letters, each axe-clean and without
 * sideways scrolling on a 360 px phone.
 */
@BrowserTest
class ReportingPagesBrowserTests extends BrowserSession {

    @Test
    void theCoordinatorsDashboardDrawsItsChartsWithTheNumbersAsTablesAndFitsAPhone() {
        var api = new ApiClient(port);
        var started = api.post(
                "oslo-fasilitator",
                "/api/impact/collaborations",
                Map.of(
                        "title",
                        "Leksehjelp med frivillige " + UUID.randomUUID(),
                        "theme",
                        "helse",
                        "entrepreneurName",
                        "Leksehjelpen SA"));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
        var moved = api.post(
                "oslo-fasilitator",
                "/api/impact/collaborations/" + started.body().path("id").asString() + "/stage",
                Map.of("stage", "DIALOGUE"));
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(api.get("koordinator", "/api/national/dashboard?county=03")
                                .body()
                                .path("pipeline")
                                .toString())
                        .contains("\"stage\":\"DIALOGUE\",\"theme\":\"helse\""));

        KeycloakLogin.open(browser, url("/nasjonalt"), "koordinator", "demo");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nasjonal oversikt");
        assertThat(browser.findElements(By.tagName("caption")))
                .extracting(e -> e.getText())
                .contains("Kommuner og verksteder per fylke", "Verksteder som åpnet hvert ark");
        assertThat(browser.findElement(By.tagName("figcaption")).getText()).contains("Kartverket", "CC BY 4.0");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart=funnel] canvas")));
        assertThat(browser.findElement(By.cssSelector("#pipeline-table caption"))
                        .getText())
                .isEqualTo("Samarbeid per fase og tema");
        assertThat(browser.findElements(By.cssSelector("#pipeline-table tbody tr")))
                .extracting(row -> row.getText())
                .anySatisfy(row -> assertThat(row).startsWith("Dialog Helse"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart=pipeline] canvas")));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart=map] canvas")));
        Axe.check(browser);

        browser.manage().window().setSize(new Dimension(360, 740));
        assertThat(sideways(browser))
                .as("the page scrolls sideways on a 360 px phone")
                .isFalse();

        browser.findElement(By.linkText("Søk i det kommunene deler")).click();
        browser.findElement(By.id("q")).sendKeys("samarbeid");
        browser.findElement(By.cssSelector("form[role=search] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Søk i det kommunene deler");
        assertThat(sideways(browser)).isFalse();
        Axe.check(browser);
    }

    @Test
    void theResearcherSeesTheCodebookAndTheOperatorTheDeadLetters() {
        KeycloakLogin.open(browser, url("/forsker?lang=nn"), "forsker", "demo");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Forskartabellar");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("notes-by-county-sheet");
        Axe.check(browser);
    }

    @Test
    void thePlatformAdminSeesReportingsDeadLetters() {
        KeycloakLogin.open(browser, url("/admin/rapportering/dodbrev"), "plattform-admin", "demo");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Hendelser rapporteringen ikke kunne bruke");
        Axe.check(browser);
    }

    private static boolean sideways(WebDriver browser) {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript(
                        "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
    }
}
