package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Run mode in Chromium: a facilitator runs the room from the console's status bar alone while the grid of tables
 * shows, live, who is connected, how many notes are written and how many are done; a phone at 390 x 844 shows a newly
 * opened sheet from its top, keeps its note box and timer in view and shows the time-up state; ending asks first and then leads to the report.
 */
@BrowserTest
class RunModeBrowserTests extends BrowserSession {

    private WebDriver phone;

    @AfterEach
    void closePhone() {
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void aFacilitatorRunsASheetFromTheStatusBarWhileTheGridFollowsTheTables() {
        KeycloakLogin.open(browser, url("/workshops/ny"), "oslo-fasilitator", "demo");
        browser.findElement(By.id("title")).sendKeys("Kjøremodus");
        browser.findElement(By.id("place")).sendKeys("Rådhuset");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        browser.findElement(By.id("date")),
                        LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1).toString());
        new Select(browser.findElement(By.id("template"))).selectByValue("veier-til-samarbeid:2017");
        browser.findElement(By.id("create-workshop")).click();
        var console = new ConsoleView(browser);
        console.addTable("Bord 1");
        console.start();
        assertThat(browser.findElement(By.id("run-sheet")).getText()).isEqualTo("Ingen ark åpnet ennå");
        assertThat(browser.findElement(By.id("join-title")).isDisplayed())
                .as("the join code folds away while running")
                .isFalse();
        Axe.check(browser);

        phone = Chromium.open();
        phone.manage().window().setSize(new Dimension(390, 844));
        BoardView board =
                BoardView.join(phone, url("/bli-med?kode=" + console.joinCode()), "Petra", "MUNICIPALITY", "Bord 1");
        console.awaitCard("Bord 1", "1 tilkoblet");

        // Sheet 1 from the bar alone: reading, silent writing with its countdown, reveal, discussion, done.
        console.next("Lesing");
        assertThat(browser.findElement(By.id("run-sheet")).getText()).startsWith("1. ");
        board.awaitSheet("Hensikt");
        assertThat(phone.findElement(By.id("board-live")).getText())
                .as("sheet 1 shows its purpose and goal texts and its closing text")
                .contains("Bli kjent med hverandre", "Arbeide seg gjennom alle arbeidsarkene", "Lykke til");
        console.next("Stille skriving");
        assertThat(browser.findElement(By.id("run-timer")).getAttribute("data-ends-at"))
                .isNotBlank();
        console.next("Lappene vises");
        console.next("Diskusjon");
        console.next("Ferdig");
        assertThat(new Select(browser.findElement(By.id("phase-all")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .as("the current phase is pre-selected")
                .isEqualTo("DONE");

        // The next sheet shows on the phone from its top; the phone writes in silence and says it is done, and the
        // grid counts both.
        ((JavascriptExecutor) phone).executeScript("window.scrollTo(0, document.body.scrollHeight);");
        assertThat(scrollY(phone))
                .as("sheet 1 is longer than the phone's screen")
                .isPositive();
        console.next("Lesing");
        assertThat(browser.findElement(By.id("run-sheet")).getText()).startsWith("2. Hvorfor");
        board.awaitSheet("Hvorfor");
        new WebDriverWait(phone, BoardView.LIVE).until(driver -> scrollY(driver) == 0);
        console.next("Stille skriving");
        board.awaitSheet("Hvorfor");
        new WebDriverWait(phone, BoardView.LIVE)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("board-countdown")));
        new WebDriverWait(phone, BoardView.LIVE).until(ExpectedConditions.presenceOfElementLocated(By.id("note-text")));
        assertThat(visible(phone, "note-text"))
                .as("the note box is in view on the phone")
                .isTrue();
        assertThat(visible(phone, "board-countdown"))
                .as("the timer is in view on the phone")
                .isTrue();
        board.write("Vi trenger nye løsninger", "central-question");
        console.awaitCard("Bord 1", "1 lapp");
        // A live refresh of the board (the peer's note) can swallow a click made while it re-renders; marking ready
        // twice is harmless, so click until the board says the mark took.
        new WebDriverWait(phone, BoardView.LIVE)
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    WebElement ready = driver.findElement(By.id("ready-button"));
                    if ("true".equals(ready.getAttribute("aria-pressed"))) {
                        return true;
                    }
                    ready.click();
                    return false;
                });
        console.awaitCard("Bord 1", "1 av 1 ferdig");
        Axe.check(phone);

        // The time-up state: a countdown that has run out says so.
        ((JavascriptExecutor) phone)
                .executeScript("document.getElementById('board-countdown')"
                        + ".setAttribute('data-ends-at', new Date(Date.now() - 1000).toISOString());");
        new WebDriverWait(phone, Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-countdown"), "Tiden er ute"));

        // Actions keep the console where it was scrolled to; pause and +1 min from the bar.
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 200);");
        long scrolled = scrollY(browser);
        assertThat(scrolled).as("the console is long enough to scroll").isPositive();
        var body = browser.findElement(By.id("console-body"));
        browser.findElement(By.id("run-pause")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(body));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-pause"), "Fortsett"));
        assertThat(scrollY(browser)).as("the console keeps its scroll position").isBetween(scrolled - 5, scrolled + 5);
        Axe.check(browser);

        // Votes after the reveal: the budget is on screen, the fourth dot of three is refused, and one is undone.
        console.next("Lappene vises");
        for (String left : new String[] {"2 av 3 stemmer igjen", "1 av 3 stemmer igjen", "0 av 3 stemmer igjen"}) {
            press(phone, "button.vote");
            new WebDriverWait(phone, BoardView.LIVE)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("vote-budget"), left));
        }
        press(phone, "button.vote");
        new WebDriverWait(phone, BoardView.LIVE)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("vote-problem"), "Ikke flere prikker"));
        assertThat(phone.findElement(By.cssSelector("li.note .note-meta")).getText())
                .contains("3 stemmer");
        press(phone, "button.undo-vote");
        new WebDriverWait(phone, BoardView.LIVE)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("vote-budget"), "1 av 3 stemmer igjen"));
        Axe.check(phone);

        // Ending asks first, then shows the report.
        console.end();
        assertThat(browser.findElement(By.id("console-report-pdf")).getAttribute("href"))
                .endsWith("/rapport.pdf");
        Axe.check(browser);
        browser.findElement(By.cssSelector("nav.languages a[hreflang=nn]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("console-report"), "Opne rapporten"));
        Axe.check(browser);

        // The facilitator guide, linked from the console: the table size, the time and the start-up round.
        browser.findElement(By.id("guide-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Prosessrettleiar"));
        assertThat(browser.findElement(By.id("guide-table-size")).getText()).contains("4–8");
        assertThat(browser.findElement(By.id("guide-start-up")).getText()).contains("Forslag til oppstart");
        Axe.check(browser);
    }

    /** Clicks the first element that matches once the live board has it, scrolled clear of the phone's note box. */
    private static void press(WebDriver driver, String css) {
        new WebDriverWait(driver, BoardView.LIVE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    var element = d.findElement(By.cssSelector(css));
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                    element.click();
                    return true;
                });
    }

    private static long scrollY(WebDriver driver) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return Math.round(window.scrollY);")).longValue();
    }

    /** Whether the element is inside the browser's window without scrolling. */
    private static boolean visible(WebDriver driver, String id) {
        return (Boolean) ((JavascriptExecutor) driver)
                .executeScript(
                        "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                                + "return r.top >= 0 && r.bottom <= window.innerHeight;",
                        id);
    }
}
