package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak's login page in the platform's look: the platform's name in its blue header bar on a white page, its
 * link colour and type, in the language chosen on the platform's pages, and free of accessibility violations.
 */
@BrowserTest
class LoginPageBrowserTests extends BrowserSession {

    private static final String ACCENT = "rgb(0, 79, 138)";

    @Test
    void theLoginPageWearsThePlatformsHeaderColoursAndLanguage() {
        browser.get(url("/?lang=nn"));
        browser.get(url("/workshops"));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

        assertThat(browser.findElement(By.id("kc-header")).getText()).isEqualTo("Samarbeidsplattformen");
        assertThat(style("kc-header", "backgroundColor")).isEqualTo(ACCENT);
        assertThat(style("kc-header-wrapper", "color")).isEqualTo("rgb(255, 255, 255)");
        assertThat(style("kc-login", "backgroundColor")).isEqualTo(ACCENT);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nn");
        assertThat(browser.getPageSource()).contains("Brukarnamn eller e-postadresse");
        Axe.check(browser);
    }

    private String style(String id, String property) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript(
                        "return getComputedStyle(document.getElementById(arguments[0]))[arguments[1]];", id, property);
    }
}
