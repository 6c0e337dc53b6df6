package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.samarbeid.ApiClient;
import no.samarbeid.impact.SketchedWorkshop;
import no.samarbeid.support.FacilitatedWorkshop;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The impact pages in Chromium, logged in as Oslo's facilitator: a collaboration an Oslo workshop sketched appears on
 * the stage board, moves to pilot by keyboard, shows its origin (the workshop's report), effects, and an indicator
 * whose chart and table show the measurements recorded through the form; a backwards period is refused on the page
 * and nothing is recorded; the SROI form shows the worked example; the next step is listed. Axe-clean, also
 * at 360 px.
 */
@BrowserTest
class ImpactPagesBrowserTests extends BrowserSession {

    @Test
    void aSketchedCollaborationIsFollowedUpOnTheImpactPages() {
        ApiClient api = new ApiClient(port);
        SketchedWorkshop workshop = SketchedWorkshop.sketch(api, "Kafé i parken");
        JsonNode collaboration = workshop.awaitCollaboration();
        String id = collaboration.path("id").asString();
        String title = collaboration.path("title").asString();

        KeycloakLogin.open(browser, url("/samarbeid"), "oslo-fasilitator", "demo");
        assertThat(heading()).isEqualTo("Samarbeid");
        assertThat(column("IDEA").getText()).contains(title);
        Axe.check(browser);

        WebElement select = browser.findElement(By.id("move-" + id));
        select.sendKeys("Pilot");
        browser.findElement(By.cssSelector("#move-" + id + " ~ button")).sendKeys(Keys.ENTER);
        waitFor().until(d -> column("PILOT").getText().contains(title));
        assertThat(column("IDEA").getText()).doesNotContain(title);

        column("PILOT").findElement(By.linkText(title)).click();
        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertThat(browser.findElement(By.id("origin-link")).getAttribute("href"))
                .endsWith("/workshops/" + workshop.id + "/rapport");
        assertThat(browser.findElement(By.id("effects-heading"))
                        .findElement(By.xpath(".."))
                        .getText())
                .contains("Færre sykemeldte", "Mer meningsfull hverdag", "Kostnader unngått");
        String indicator = collaboration.path("indicators").get(0).path("id").asString();

        // The municipality revises the description: the theme it chooses is shown, the sketch's origin stays.
        browser.findElement(By.id("describe-fold")).click();
        new Select(browser.findElement(By.id("describe-theme"))).selectByValue("arbeidsinkludering");
        WebElement responsible = browser.findElement(By.id("describe-responsible"));
        responsible.clear();
        responsible.sendKeys("Enhetsleder helse");
        browser.findElement(By.id("describe-save")).sendKeys(Keys.ENTER);
        waitFor().until(d -> d.findElement(By.cssSelector("dl.facts")).getText().contains("Arbeidsinkludering"));
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("Enhetsleder helse");
        assertThat(browser.findElement(By.id("origin-link")).isDisplayed()).isTrue();

        measure(indicator, "4", "2027-01-01", "2027-03-31");
        measure(indicator, "7", "2027-04-01", "2027-06-30");
        measure(indicator, "9", "2027-09-30", "2027-07-01");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("periodTo");
        List<String> rows = browser.findElements(By.cssSelector("#indikator-" + indicator + " tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("1.1.2027 – 31.3.2027", "4");
        assertThat(rows.get(1)).contains("1.4.2027 – 30.6.2027", "7");
        waitFor()
                .until(d -> !d.findElements(By.cssSelector("#chart-" + indicator + " svg"))
                        .isEmpty());

        estimateTheWorkedExample();
        assertThat(browser.findElement(By.id("sroi-present-value")).getText()).isEqualTo("1 629 192 kr");
        assertThat(browser.findElement(By.id("sroi-ratio")).getText()).isEqualTo("3.26");
        Axe.check(browser);

        browser.manage().window().setSize(new Dimension(360, 800));
        assertThat(((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth"
                                + " <= document.documentElement.clientWidth"))
                .as("no horizontal scrolling at 360 px")
                .isEqualTo(true);
        Axe.check(browser);

        browser.get(url("/samarbeid/neste-steg"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(workshop.nextStep, "Åpen");
        Axe.check(browser);
        browser.get(url("/samarbeid?lang=nn"));
        assertThat(column("AGREEMENT").getText()).contains("Avtale/anskaffing");
        Axe.check(browser);

        // Oslo's next workshop reviews the step in its console (the workshops learn it from impact's events).
        FacilitatedWorkshop following = FacilitatedWorkshop.create(api, "Oppfølging av " + workshop.nextStep);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            d.get(url("/workshops/" + following.id + "/fasilitator?lang=nb"));
            return d.findElements(By.id("followups-fold")).stream()
                    .anyMatch(fold -> fold.findElement(By.xpath("..")).getText().contains(workshop.nextStep));
        });
        assertThat(browser.findElement(By.id("followups-fold")).getText()).startsWith("Neste steg til gjennomgang");
        Axe.check(browser);
    }

    private void measure(String indicator, String value, String from, String to) {
        browser.findElement(By.id("value-" + indicator)).sendKeys(value);
        date("from-" + indicator, from);
        date("to-" + indicator, to);
        WebElement save = browser.findElement(By.cssSelector("#indikator-" + indicator + " form button"));
        save.sendKeys(Keys.ENTER);
        waitFor().until(ExpectedConditions.stalenessOf(save));
    }

    /** A date field's value as its picker would set it (typing depends on the browser's locale). */
    private void date(String field, String isoDate) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(field)), isoDate);
    }

    private void estimateTheWorkedExample() {
        Map<String, String> inputs = Map.of(
                "quantity", "10",
                "financialProxy", "150000",
                "years", "3",
                "deadweightPercent", "20",
                "displacementPercent", "10",
                "attributionPercent", "30",
                "dropOffPercent", "25",
                "investment", "500000");
        inputs.forEach((field, value) -> browser.findElement(By.id(field)).sendKeys(value));
        WebElement save = browser.findElement(By.cssSelector(".sroi-form button"));
        save.sendKeys(Keys.ENTER);
        waitFor().until(ExpectedConditions.stalenessOf(save));
    }

    private WebElement column(String stage) {
        return browser.findElement(By.id("stage-" + stage)).findElement(By.xpath(".."));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
