package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The platform admin's municipalities page and the municipal admin's page, logged in through Keycloak. */
@BrowserTest
class AdminPagesBrowserTests extends BrowserSession {

    @Test
    void thePlatformAdminSeesTheOnboardedMunicipalitiesAndTheOnboardingForm() {
        KeycloakLogin.open(browser, url("/admin/kommuner"), "plattform-admin", "demo");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kommuner");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("0301", "Oslo", "4601");
        assertThat(browser.findElements(By.id("municipalityNumber"))).hasSize(1);
        Axe.check(browser);
    }

    @Test
    void theMunicipalAdminSeesItsWorkshopsAndSharing() {
        KeycloakLogin.open(browser, url("/admin/kommune"), "oslo-admin", "demo");

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Oslo");
        assertThat(browser.findElements(By.id("sharesNationally"))).hasSize(1);
        Axe.check(browser);
    }
}
