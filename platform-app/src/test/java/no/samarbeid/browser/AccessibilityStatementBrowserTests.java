package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The accessibility statement (tilgjengelighetserklæring), reached from every page's footer, in bokmål, nynorsk and
 * English: WCAG 2.1 AA status, known deviations, how to give feedback and complain, and its date; accessible itself.
 */
@BrowserTest
class AccessibilityStatementBrowserTests extends BrowserSession {

    @Test
    void everyPublicPageLinksToTheStatementInItsFooter() {
        for (String page : List.of("/", "/bli-med", "/registeret")) {
            browser.get(url(page));
            assertThat(browser.findElement(By.cssSelector("footer a[href='/tilgjengelighet']"))
                            .getText())
                    .as(page)
                    .isEqualTo("Tilgjengelighetserklæring");
        }
        browser.findElement(By.cssSelector("footer a[href='/tilgjengelighet']")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Tilgjengelighetserklæring for Samarbeidsplattformen");
        String text = browser.findElement(By.id("main")).getText();
        assertThat(text)
                .contains(
                        "WCAG 2.1 på nivå A og AA",
                        "Kjente avvik",
                        "tilgjengelighet@samarbeidsplattformen.no",
                        "Tilsynet for universell utforming av ikt",
                        "7. desember 2026");
        assertThat(browser.findElement(By.cssSelector("a[href='https://www.uutilsynet.no/']"))
                        .isDisplayed())
                .isTrue();
        Axe.check(browser);
    }

    @Test
    void theStatementIsInNynorskAndEnglishToo() {
        browser.get(url("/tilgjengelighet?lang=nn"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Tilgjengeerklæring for Samarbeidsplattformen");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nn");
        Axe.check(browser);

        browser.get(url("/tilgjengelighet?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Accessibility statement for the Collaboration Platform");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Known deviations", "WCAG 2.1");
        Axe.check(browser);
    }
}
