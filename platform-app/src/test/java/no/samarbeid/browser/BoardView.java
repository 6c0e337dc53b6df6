package no.samarbeid.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A participant's board as a person uses it: writing notes, reading them by zone, moving one by keyboard. The board
 * re-renders live at any moment, so it is read in one go by script and acted on with retries on stale elements.
 */
final class BoardView {

    /** How long a change may take to reach another browser. */
    static final Duration LIVE = Duration.ofSeconds(10);

    private final WebDriver browser;

    BoardView(WebDriver browser) {
        this.browser = browser;
    }

    /** Joins by code as a guest at a table, from the join page. */
    static BoardView join(WebDriver browser, String joinUrl, String name, String perspective, String table) {
        browser.get(joinUrl);
        browser.findElement(By.id("displayName")).sendKeys(name);
        browser.findElement(By.id("perspective-" + perspective)).click();
        browser.findElement(By.xpath("//fieldset[@id='table-choice']//label[normalize-space()='" + table + "']"))
                .click();
        browser.findElement(By.cssSelector("form[method=post] button[type=submit]"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/bord/"));
        return new BoardView(browser);
    }

    /** Waits until the board shows the sheet's title, without reloading. */
    void awaitSheet(String title) {
        live().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#board-live .sheet h1"), title));
    }

    /** Writes a note into a zone with the board's form and waits until it is on the board. */
    void write(String text, String zoneKey) {
        send(text, zoneKey);
        awaitNote(text);
    }

    /** Fills in and sends the writing form. */
    void send(String text, String zoneKey) {
        WebElement field = live().until(ExpectedConditions.elementToBeClickable(By.id("note-text")));
        field.sendKeys(text);
        WebElement zone = browser.findElement(By.id("note-zone"));
        if (zone.getTagName().equals("select")) {
            new Select(zone).selectByValue(zoneKey);
        }
        browser.findElement(By.cssSelector("#write-form button[type=submit]")).click();
    }

    /** Cuts the browser's network (as a dropped Wi-Fi does) or gives it back. */
    void online(boolean online) {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Network.emulateNetworkConditions",
                        Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** What the board says about notes kept while offline, once it says something. */
    String offlineStatus() {
        return live().until(ExpectedConditions.visibilityOfElementLocated(By.id("offline-status")))
                .getText();
    }

    void awaitNote(String text) {
        try {
            live().until(driver -> noteTexts().contains(text));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "The note \"" + text + "\" did not show among " + noteTexts() + "; the board showed: "
                            + browser.findElement(By.tagName("main")).getText(),
                    e);
        }
    }

    /** The notes' texts as shown now. */
    @SuppressWarnings("unchecked")
    List<String> noteTexts() {
        return (List<String>) script("return Array.from(document.querySelectorAll('#board-live li.note .note-text'))"
                + ".map(note => note.textContent);");
    }

    /** Types into a field of the board without sending it. */
    void type(String fieldId, String text) {
        live().until(ExpectedConditions.elementToBeClickable(By.id(fieldId))).sendKeys(text);
    }

    /** What a field of the board holds now. */
    String valueOf(String fieldId) {
        return (String) script("return document.getElementById(arguments[0]).value;", fieldId);
    }

    /** Assesses one of the myths of sheet 9 ("does it live here?") and saves it. */
    void assessMyth(String mythKey, String lives) {
        WebElement choice =
                live().until(ExpectedConditions.elementToBeClickable(By.id("myth-" + mythKey + "-lives-" + lives)));
        centre(choice);
        choice.click();
        WebElement save =
                choice.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]"));
        centre(save);
        save.click();
    }

    /** What the polite live region last told screen-reader users. */
    String announced() {
        return (String) script("return document.getElementById('announcer').textContent;");
    }

    /** The zone a note is in, as the board shows it. */
    String zoneOf(String text) {
        return (String) script(
                "const note = Array.from(document.querySelectorAll('#board-live li.note'))"
                        + ".find(n => n.querySelector('.note-text').textContent === arguments[0]);"
                        + "return note ? note.closest('ul[data-zone]').dataset.zone : null;",
                text);
    }

    /** Moves a note with the keyboard only: arrow down in its zone list to the next zone, Enter on the move button. */
    void moveByKeyboard(String text) {
        live().ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement note = driver.findElements(By.cssSelector("#board-live li.note")).stream()
                    .filter(candidate -> candidate
                            .findElement(By.cssSelector(".note-text"))
                            .getText()
                            .equals(text))
                    .findFirst()
                    .orElseThrow();
            note.findElement(By.cssSelector("select[name=zoneKey]")).sendKeys(Keys.ARROW_DOWN);
            note.findElement(By.cssSelector("form.note-action button[type=submit]"))
                    .sendKeys(Keys.ENTER);
            return true;
        });
    }

    /** Scrolls an element to the middle of the window, clear of a phone's note box at the bottom. */
    private void centre(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private WebDriverWait live() {
        return new WebDriverWait(browser, LIVE);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
