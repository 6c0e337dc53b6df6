package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.support.FacilitatedWorkshop;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The register's pages in Chromium, axe-clean and by keyboard: the public search with facets (also on a phone) and
 * profile page, and the whole flow of a mention: a guest at a workshop table types a partner's name on sheet 5 and
 * picks the register's entry offered, Oslo's admin confirms it on the mentions page, the coordinator sees the count on
 * the entry while the public sees none, and the count drops back when the partner is taken off the sheet.
 */
@BrowserTest
class RegistryBrowserTests extends BrowserSession {

    private static final String GRONN_VEKST = "110000014";

    @Test
    void thePublicFindsAnEntryByAnInflectedWordNarrowsByThemeAndOpensItsProfile() {
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(url("/registeret"));
        assertThat(heading()).isEqualTo("Registeret over sosiale entreprenører");
        Axe.check(browser);

        browser.findElement(By.id("q")).sendKeys("arbeidstreningen", Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("q=arbeidstreningen"));
        assertThat(results()).contains("Grønn Vekst Arbeidstrening AS");
        Axe.check(browser);

        var miljo = browser.findElement(By.xpath("//fieldset[legend='Tema']//label[starts-with(., 'Miljø')]"));
        browser.findElement(By.id(miljo.getAttribute("for"))).sendKeys(Keys.SPACE);
        browser.findElement(By.cssSelector(".registry-facets button")).sendKeys(Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("tema=miljo"));
        assertThat(results()).contains("Grønn Vekst Arbeidstrening AS").doesNotContain("Kaffebrenneriet");

        browser.findElement(By.linkText("Grønn Vekst Arbeidstrening AS")).sendKeys(Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("/registeret/" + GRONN_VEKST));
        assertThat(heading()).isEqualTo("Grønn Vekst Arbeidstrening AS");
        assertThat(main()).contains("Aksjeselskap (ideelt)", "Arbeidstrening").doesNotContain("Historikk");
        Axe.check(browser);
    }

    @Test
    void aTableOffersRegisterEntriesTheMunicipalityConfirmsTheCoordinatorCountsAndThePublicSeesNoCount() {
        ApiClient api = new ApiClient(port);
        FacilitatedWorkshop workshop = FacilitatedWorkshop.create(api, "Registerleting " + UUID.randomUUID());
        String table = workshop.addTable("Bord 1");
        workshop.lifecycle("start");
        workshop.open("potential-partners");
        long before = workshopsCounted(api);

        WebDriver guest = Chromium.open();
        String partnerId;
        try {
            BoardView.join(guest, url("/bli-med?kode=" + workshop.joinCode()), "Ola", "SOCIAL_ENTREPRENEUR", "Bord 1");
            var name = new WebDriverWait(guest, BoardView.LIVE)
                    .until(ExpectedConditions.elementToBeClickable(By.id("partner-name")));
            name.sendKeys("Grønn vekst arbeid");
            var offer = new WebDriverWait(guest, BoardView.LIVE)
                    .until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("[data-registry-pick='" + GRONN_VEKST + "']")));
            Axe.check(guest);
            offer.sendKeys(Keys.ENTER);
            assertThat(guest.findElement(By.id("partner-name")).getAttribute("value"))
                    .isEqualTo("Grønn Vekst Arbeidstrening AS");
            assertThat(guest.findElement(By.cssSelector("[data-registry-picked]"))
                            .getText())
                    .contains("Grønn Vekst Arbeidstrening AS");
            guest.findElement(By.id("partner-delivers")).sendKeys("Arbeidstrening");
            guest.findElement(By.cssSelector("section.add-entry button[type=submit]"))
                    .click();
            partnerId = new WebDriverWait(guest, BoardView.LIVE)
                    .until(driver -> {
                        var partners = workshop.get(workshop.table(table, "partners"));
                        return partners.size() == 1 ? partners.get(0) : null;
                    })
                    .path("id")
                    .asString();
            assertThat(workshop.get(workshop.table(table, "partners"))
                            .get(0)
                            .path("organisationNumber")
                            .asString())
                    .isEqualTo(GRONN_VEKST);
        } finally {
            guest.quit();
        }

        KeycloakLogin.open(browser, url("/admin/kommune/omtaler"), "oslo-admin", "demo");
        By mention = By.id("omtale-" + partnerId);
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(500)).until(driver -> {
            driver.navigate().refresh();
            return !driver.findElements(mention).isEmpty();
        });
        Axe.check(browser);
        var confirm =
                browser.findElement(mention).findElement(By.cssSelector("ol > li:first-child button[value=CONFIRM]"));
        assertThat(confirm.getText()).isEqualTo("Bekreft Grønn Vekst Arbeidstrening AS");
        assertThat(browser.findElement(mention).getText()).contains("(samme organisasjonsnummer)");
        confirm.sendKeys(Keys.ENTER);
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[role=status]"), "er koblet."));
        assertThat(browser.findElement(mention).getText()).contains("Koblet til");
        Axe.check(browser);

        WebDriver coordinator = Chromium.open();
        try {
            KeycloakLogin.open(coordinator, url("/koordinator/registeret"), "koordinator", "demo");
            assertThat(coordinator.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Registeret: verifisering og duplikater");
            Axe.check(coordinator);
            coordinator.get(url("/registeret/" + GRONN_VEKST));
            String text = coordinator.findElement(By.tagName("main")).getText();
            assertThat(text).contains("Nevnt som mulig samarbeidspartner", "Fylker: Oslo", "Historikk");
            assertThat(workshopsCounted(api)).isEqualTo(before + 1);
            Axe.check(coordinator);
        } finally {
            coordinator.quit();
        }
        WebDriver anonymous = Chromium.open();
        try {
            anonymous.get(url("/registeret/" + GRONN_VEKST));
            assertThat(anonymous.findElement(By.tagName("main")).getText())
                    .doesNotContain("Nevnt som mulig samarbeidspartner");
        } finally {
            anonymous.quit();
        }

        var removed = api.send(
                FacilitatedWorkshop.FACILITATOR, "DELETE", workshop.table(table, "partners") + "/" + partnerId, null);
        assertThat(removed.status()).isEqualTo(204);
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(500))
                .until(driver -> workshopsCounted(api) == before);
    }

    private static long workshopsCounted(ApiClient api) {
        return api.get("koordinator", "/api/registry/entrepreneurs/" + GRONN_VEKST)
                .body()
                .path("mentions")
                .path("workshops")
                .asLong();
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private String results() {
        return browser.findElement(By.cssSelector(".registry-results")).getText();
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
