package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The platform admin's municipalities page and the municipal admin's page, logged in through Keycloak. */
@BrowserTest
class AdminPagesBrowserTests {

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePlatformAdminSeesTheOnboardedMunicipalitiesAndTheOnboardingForm() {
        KeycloakLogin.open(browser, BrowserTest.BASE + "/admin/kommuner", "plattform-admin", "demo");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kommuner");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("0301", "Oslo", "4601");
        assertThat(browser.findElements(By.id("municipalityNumber"))).hasSize(1);
        Axe.check(browser);
    }

    @Test
    void theMunicipalAdminSeesItsWorkshopsAndSharing() {
        KeycloakLogin.open(browser, BrowserTest.BASE + "/admin/kommune", "oslo-admin", "demo");

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Oslo");
        assertThat(browser.findElements(By.id("sharesNationally"))).hasSize(1);
        Axe.check(browser);
    }
}
