package no.samarbeid.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The facilitator's console as a person uses it: its forms, filled in and sent. */
final class ConsoleView {

    private final WebDriver browser;
    private final WebDriverWait wait;

    ConsoleView(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    String joinCode() {
        return browser.findElement(By.cssSelector(".join-code"))
                .getAttribute("textContent")
                .replace(" ", "")
                .trim();
    }

    void addTable(String name) {
        WebElement field = until(ExpectedConditions.elementToBeClickable(By.id("table-name")));
        field.sendKeys(name);
        submit(field);
        until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), name));
    }

    void start() {
        press("form[action$='/fasilitator/start'] button");
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/fasilitator/avslutt']")));
    }

    /** Ends the workshop: the console asks first, and then shows the report's links. */
    void end() {
        press("#end-workshop");
        press("#end-workshop-confirm");
        until(ExpectedConditions.presenceOfElementLocated(By.id("console-report")));
    }

    /**
     * Presses the status bar's one "next" button and waits until the console has its answer (the htmx request swaps
     * the console's body; live refreshes only swap parts of it) and the bar shows the phase it moved to.
     */
    void next(String phaseShown) {
        WebElement body = browser.findElement(By.id("console-body"));
        press("#run-next");
        until(ExpectedConditions.stalenessOf(body));
        until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-phase"), phaseShown));
    }

    /** Waits until a table's card in the grid shows the text (it updates live). */
    void awaitCard(String tableName, String text) {
        until(driver -> driver.findElements(By.cssSelector(".run-card")).stream()
                .anyMatch(card -> {
                    try {
                        String shown = card.getText();
                        return shown.contains(tableName) && shown.contains(text);
                    } catch (org.openqa.selenium.StaleElementReferenceException e) {
                        return false;
                    }
                }));
    }

    /** Opens a sheet at every table. */
    void openSheet(String sheetKey) {
        WebElement select = until(ExpectedConditions.elementToBeClickable(By.id("sheet-all")));
        new Select(select).selectByValue(sheetKey);
        submit(select);
    }

    /** Moves every table to a phase. */
    void phase(String phase) {
        WebElement select = until(ExpectedConditions.elementToBeClickable(By.id("phase-all")));
        new Select(select).selectByValue(phase);
        submit(select);
    }

    /** Waits for a condition; a timeout names what the page showed instead. */
    private <T> T until(ExpectedCondition<T> condition) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "The console did not get there (" + condition + "); it showed: "
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    /** Clicks a button once it is clickable, again if a live refresh replaced it in between. */
    private void press(String button) {
        until(driver -> {
            try {
                WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(button))
                        .apply(driver);
                if (element == null) {
                    return false;
                }
                centre(element);
                element.click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private void submit(WebElement field) {
        WebElement form = field.findElement(By.xpath("ancestor::form"));
        String before = browser.getCurrentUrl();
        WebElement button = form.findElement(By.cssSelector("button[type=submit]"));
        centre(button);
        button.click();
        until(ExpectedConditions.or(
                ExpectedConditions.stalenessOf(form), ExpectedConditions.not(ExpectedConditions.urlToBe(before))));
    }

    /** Scrolls an element to the middle of the window, clear of the running console's sticky status bar. */
    void centre(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
