package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.support.FacilitatedWorkshop;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The pages that say something went wrong, as a browser shows them: a wrong join code, a closed workshop, no access
 * and not found, each in Norwegian, without internals, and accessible.
 */
@BrowserTest
class ErrorPagesBrowserTests extends BrowserSession {

    @Test
    void aWrongJoinCodeIsExplainedOnTheJoinPage() {
        browser.get(url("/bli-med"));
        browser.findElement(By.id("code")).sendKeys("FINNESIKKE");
        browser.findElement(By.id("displayName")).sendKeys("Kari");
        browser.findElement(By.cssSelector("form[method=post] button[type=submit]"))
                .click();

        assertThat(browser.findElement(By.id("join-error")).getText()).contains("Ukjent kode");
        assertThat(browser.findElement(By.id("code")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        Axe.check(browser);
    }

    @Test
    void aClosedWorkshopCannotBeJoined() {
        var workshop = FacilitatedWorkshop.create(new ApiClient(port), "Avsluttet " + UUID.randomUUID());
        workshop.addTable("Bord 1");
        workshop.lifecycle("start");
        String code = workshop.joinCode();
        workshop.lifecycle("complete");

        browser.get(url("/bli-med?kode=" + code));

        assertThat(browser.findElement(By.id("join-error")).getText()).contains("Koden er utløpt", "avsluttet");
        Axe.check(browser);
    }

    @Test
    void aParticipantHasNoAccessToTheAdminPages() {
        KeycloakLogin.open(browser, url("/admin/kommune"), "oslo-deltaker", "demo");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ingen tilgang");
        Axe.check(browser);
    }

    @Test
    void anUnknownWorkshopIsNotFound() {
        KeycloakLogin.open(
                browser, url("/workshops/" + UUID.randomUUID() + "/fasilitator"), "oslo-fasilitator", "demo");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Workshopen finnes ikke");
        assertThat(browser.getPageSource()).doesNotContain("Exception", "at no.samarbeid");
        Axe.check(browser);
    }
}
