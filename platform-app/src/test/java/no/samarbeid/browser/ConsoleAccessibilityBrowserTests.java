package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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

        assertThat(browser.findElement(By.id("console-status")).getText()).startsWith("Workshopen er opprettet.");
        assertThat(browser.findElement(By.id("join-qr")).getAttribute("alt")).contains("/bli-med?kode=");
        Axe.check(browser);

        browser.findElement(By.id("keep-new-meeting-places")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("agenda-save")).sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.id("console-status")).getText()).isEqualTo("Agendaen er lagret.");
        assertThat(browser.findElement(By.id("left-out-title")).getText()).isEqualTo("Utelatte ark");
        Axe.check(browser);

        browser.findElement(By.id("down-purpose-and-rules")).sendKeys(Keys.ENTER);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("down-purpose-and-rules");
        assertThat(browser.findElements(By.cssSelector("#agenda-form > ol > li"))
                        .get(1)
                        .getAttribute("id"))
                .isEqualTo("agenda-purpose-and-rules");

        browser.findElement(By.id("start-workshop")).click();
        assertThat(browser.findElement(By.id("console-problem")).getText()).contains("Ingen bord");
        Axe.check(browser);

        browser.findElement(By.id("table-name")).sendKeys("Bord Øst", Keys.ENTER);
        browser.findElement(By.id("start-workshop")).click();
        new Select(browser.findElement(By.id("sheet-all"))).selectByValue("why-collaborate");
        browser.findElement(By.id("open-sheet-all")).click();
        assertThat(browser.findElement(By.className("table-sheet")).getText()).startsWith("2. Hvorfor");
        Axe.check(browser);

        browser.findElement(By.id("join-large")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bli med i workshopen");
        Axe.check(browser);

        browser.get(url("/workshops"));
        Axe.check(browser);
    }
}
