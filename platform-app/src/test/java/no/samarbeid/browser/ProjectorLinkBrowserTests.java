package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import no.samarbeid.ApiClient;
import no.samarbeid.support.FacilitatedWorkshop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The projector by its signed link: the console offers it, and it opens in a fresh browser without a login with the
 * join address, code and a QR code no taller than half the screen, and the room's countdown large, live, with its
 * time-up state; a tampered link is refused, and so is the link once the workshop has ended, on Norwegian pages.
 */
@BrowserTest
class ProjectorLinkBrowserTests extends BrowserSession {

    private static final Duration LIVE = Duration.ofSeconds(30);

    private WebDriver projector;

    @AfterEach
    void closeProjector() {
        if (projector != null) {
            projector.quit();
        }
    }

    @Test
    void theProjectorLinkShowsCodeAndTimerWithoutLoginUntilTheWorkshopEnds() {
        var workshop = FacilitatedWorkshop.create(new ApiClient(port), "Projektor i bystyresalen");
        workshop.addTable("Bord 1");
        workshop.lifecycle("start");
        String code = workshop.joinCode();

        KeycloakLogin.open(
                browser, url("/workshops/" + workshop.id + "/fasilitator"), FacilitatedWorkshop.FACILITATOR, "demo");
        String link = browser.findElement(By.id("projector-link")).getAttribute("href");
        assertThat(URI.create(link).getPath()).startsWith("/projektor/");
        assertThat(workshop.get(workshop.path("/projector-link"))
                        .path("projectorLink")
                        .asString())
                .as("the API gives the same link")
                .endsWith(URI.create(link).getPath());

        projector = Chromium.open();
        projector.get(link);
        assertThat(projector.getCurrentUrl()).as("no login on the way").isEqualTo(link);
        assertThat(projector.findElement(By.id("projector-code")).getText().replace(" ", ""))
                .isEqualTo(code);
        assertThat(projector.findElement(By.id("projector-address")).getText()).endsWith("/bli-med");
        new WebDriverWait(projector, LIVE)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("projector-timer"), "Ingen nedtelling"));
        assertThat(ratio(projector, "projector-qr"))
                .as("the QR code takes at most half the screen's height")
                .isPositive()
                .isLessThanOrEqualTo(0.5);
        Axe.check(projector);

        // The room moves on: the projector follows live with the sheet and a running countdown.
        workshop.open("why-collaborate");
        workshop.phase("SILENT_WRITING", 5);
        new WebDriverWait(projector, LIVE)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("projector-phase"), "Stille skriving"));
        new WebDriverWait(projector, LIVE)
                .until(ExpectedConditions.textMatches(
                        By.id("projector-timer"), java.util.regex.Pattern.compile("[45]:\\d\\d")));
        assertThat(live(projector, "projector-step", element -> element.getText()))
                .startsWith("2. Hvorfor");
        assertThat(projector.findElement(By.id("projector-code")).isDisplayed())
                .as("the code stays in view")
                .isTrue();
        // The countdown runs out (moved into the past; again if a live refresh replaced it meanwhile).
        new WebDriverWait(projector, LIVE)
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    ((JavascriptExecutor) driver)
                            .executeScript("document.getElementById('projector-timer')"
                                    + ".setAttribute('data-ends-at', new Date(Date.now() - 1000).toISOString());");
                    return driver.findElement(By.id("projector-timer"))
                            .getText()
                            .equals("Tiden er ute");
                });
        Axe.check(projector);

        projector.get(link + "?lang=nn");
        assertThat(projector.findElement(By.id("projector-join-title")).getText())
                .isEqualTo("Bli med i workshopen");
        assertThat(live(projector, "projector-timer", element -> element.getAttribute("data-time-up")))
                .isEqualTo("Tida er ute");
        assertThat(projector.findElement(By.id("projector-code")).getText().replace(" ", ""))
                .isEqualTo(code);
        Axe.check(projector);

        // When the workshop ends, the open projector says so; the link is refused from then on, and so is a
        // tampered link, on Norwegian pages.
        projector.get(link + "?lang=nb");
        workshop.phase("REVEAL");
        new WebDriverWait(projector, LIVE)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("projector-phase"), "Lappene vises"));
        workshop.lifecycle("complete");
        new WebDriverWait(projector, LIVE)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("projector-ended"), "Workshopen er avsluttet"));
        projector.get(link);
        assertThat(projector.findElement(By.tagName("h1")).getText()).isEqualTo("Workshopen er avsluttet");
        assertThat(projector.getPageSource()).doesNotContain(code);
        Axe.check(projector);
        projector.get(tampered(link));
        assertThat(projector.findElement(By.tagName("h1")).getText()).isEqualTo("Ugyldig projektorlenke");
        assertThat(projector.getPageSource()).doesNotContain(code);
        Axe.check(projector);
    }

    /** What is read from an element of the live part, read again if a live refresh replaced it meanwhile. */
    private static String live(WebDriver driver, String id, Function<WebElement, String> read) {
        return new WebDriverWait(driver, LIVE)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> read.apply(d.findElement(By.id(id))));
    }

    /**
     * The link with the first character of its signature changed (the last one may carry only padding bits, which
     * a Base64 decoder ignores).
     */
    private static String tampered(String link) {
        int first = link.lastIndexOf('.') + 1;
        char changed = link.charAt(first) == 'A' ? 'B' : 'A';
        return link.substring(0, first) + changed + link.substring(first + 1);
    }

    /** The element's height as a share of the window's. */
    private static double ratio(WebDriver driver, String id) {
        return ((Number) ((JavascriptExecutor) driver)
                        .executeScript(
                                "return document.getElementById(arguments[0]).getBoundingClientRect().height"
                                        + " / window.innerHeight;",
                                id))
                .doubleValue();
    }
}
