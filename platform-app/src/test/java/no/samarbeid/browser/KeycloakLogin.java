package no.samarbeid.browser;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logs a demo user in through Keycloak's pages: username first, then password (organizations are on). */
public final class KeycloakLogin {

    private KeycloakLogin() {}

    /** Opens a page of the app, logs in on Keycloak's form and waits until the browser is back on the app. */
    public static void open(WebDriver browser, String url, String username, String password) {
        String app = URI.create(url).resolve("/").toString();
        browser.get(url);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(username);
        if (browser.findElements(By.id("password")).stream().noneMatch(field -> field.isDisplayed())) {
            browser.findElement(By.id("kc-login")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")))
                .sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(app));
    }
}
