package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The facilitator's create form, console and large join code in Chromium: accessible (axe, WCAG 2.1 AA) in each
 * state — new, with a sheet left out, refused, running with tables — and the agenda operable by keyboard alone.
 */
@BrowserTest
class ConsoleAccessibilityBrowserTests extends BrowserSession {

    @Test
    void theConsoleIsAccessibleAndItsAgendaWorksByKeyboard() {
        KeycloakLogin.open(browser, url("/workshops/ny"), "oslo-fasilitator", "demo");
        Axe.check(browser);
        browser.findElement(By.id("title")).sendKeys("Tilgjengelig verksted");
        browser.findElement(By.id("place")).sendKeys("Rådhuset");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        browser.findElement(By.id("date")),
                        LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1).toString());
        new Select(browser.findElement(By.id("template"))).selectByValue("veier-til-samarbeid:2017");
        browser.findElement(By.id("create-workshop")).click();

        shows("console-status", "Workshopen er opprettet.");
        assertThat(browser.findElement(By.id("join-qr")).getAttribute("alt")).contains("/bli-med?kode=");
        Axe.check(browser);

        browser.findElement(By.id("keep-new-meeting-places")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("agenda-save")).sendKeys(Keys.ENTER);
        shows("console-status", "Agendaen er lagret.");
        assertThat(browser.findElement(By.id("left-out-title")).getText()).isEqualTo("Utelatte ark");
        Axe.check(browser);

        browser.findElement(By.id("down-purpose-and-rules")).sendKeys(Keys.ENTER);
        shows("console-status", "Arket er flyttet ned.");
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("down-purpose-and-rules");
        assertThat(browser.findElements(By.cssSelector("#agenda-form > ol > li"))
                        .get(1)
                        .getAttribute("id"))
                .isEqualTo("agenda-purpose-and-rules");

        browser.findElement(By.id("start-workshop")).click();
        shows("console-problem", "Ingen bord");
        Axe.check(browser);

        browser.findElement(By.id("table-name")).sendKeys("Bord Øst", Keys.ENTER);
        shows("console-status", "Bordet «Bord Øst» er lagt til.");
        browser.findElement(By.id("start-workshop")).click();
        shows("console-status", "Workshopen er startet.");
        new Select(browser.findElement(By.id("sheet-all"))).selectByValue("why-collaborate");
        browser.findElement(By.id("open-sheet-all")).click();
        shows("console-status", "Arket er åpnet.");
        assertThat(browser.findElement(By.className("table-sheet")).getText()).startsWith("2. Hvorfor");
        Axe.check(browser);

        WebElement fold = browser.findElement(By.id("join-fold"));
        new ConsoleView(browser).centre(fold);
        fold.click();
        browser.findElement(By.id("join-large")).click();
        shows("back-to-console", "Tilbake til konsollen");
        Axe.check(browser);

        browser.get(url("/workshops"));
        Axe.check(browser);
    }

    /** Waits until the page that the last action led to shows the text in the element with the id. */
    private void shows(String id, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }
}
