package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.registry.MentionProposalIntegrationTests;
import no.samarbeid.registry.RegistryApiIntegrationTests;
import no.samarbeid.support.FacilitatedWorkshop;
import no.samarbeid.support.RealmAdmin;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
            // The register's search answers through Elasticsearch, which a busy build may keep waiting for seconds.
            By pick = By.cssSelector("[data-registry-pick='" + GRONN_VEKST + "']");
            new WebDriverWait(guest, Duration.ofSeconds(60), Duration.ofMillis(500))
                    .until(ExpectedConditions.elementToBeClickable(pick));
            Axe.check(guest);
            // A late answer of the type-ahead may redraw the offers: pick again until the name is taken.
            new WebDriverWait(guest, Duration.ofSeconds(30), Duration.ofMillis(500))
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(NoSuchElementException.class)
                    .until(driver -> {
                        if (!"Grønn Vekst Arbeidstrening AS"
                                .equals(driver.findElement(By.id("partner-name"))
                                        .getAttribute("value"))) {
                            driver.findElement(pick).sendKeys(Keys.ENTER);
                        }
                        return "Grønn Vekst Arbeidstrening AS"
                                .equals(driver.findElement(By.id("partner-name"))
                                        .getAttribute("value"));
                    });
            assertThat(guest.findElement(By.cssSelector("[data-registry-picked]"))
                            .getText())
                    .contains("Grønn Vekst Arbeidstrening AS");
            guest.findElement(By.id("partner-delivers")).sendKeys("Arbeidstrening");
            guest.findElement(By.cssSelector("section.add-entry button[type=submit]"))
                    .click();
            partnerId = new WebDriverWait(guest, Duration.ofSeconds(60), Duration.ofMillis(500))
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

    @Test
    void aRegisteredEntrepreneurAsksToKeepAnEntryTheCoordinatorApprovesAndTheyKeepItsProfileOnAPhone() {
        ApiClient api = new ApiClient(port);
        String number = RegistryApiIntegrationTests.freshNumber();
        String name = "Sykkelverkstedet " + number + " AS";
        assertThat(api.post(
                                "koordinator",
                                "/api/registry/entrepreneurs",
                                RegistryApiIntegrationTests.proposal(number, name, "Vi reparerer sykler"))
                        .status())
                .isEqualTo(201);
        String username = "sykkel-" + UUID.randomUUID().toString().substring(0, 8);
        RealmAdmin.registerUser(username);

        browser.manage().window().setSize(new Dimension(360, 800));
        KeycloakLogin.open(browser, url("/entreprenor/profil"), username, "demo");
        assertThat(heading()).isEqualTo("Min oppføring i registeret");
        Axe.check(browser);
        browser.findElement(By.id("organisationNumber")).sendKeys("123456789", Keys.ENTER);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary a")));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("«123456789» er ikke gyldig");
        browser.findElement(By.id("organisationNumber")).sendKeys(number, Keys.ENTER);
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "er sendt"));
        assertThat(main()).contains("venter på godkjenning");
        Axe.check(browser);

        String id = api.get(username, "/api/registry/link-requests/mine")
                .body()
                .path("id")
                .asString();
        WebDriver coordinator = Chromium.open();
        try {
            KeycloakLogin.open(coordinator, url("/koordinator/registeret"), "koordinator", "demo");
            var approve = coordinator
                    .findElement(By.id("kobling-" + id))
                    .findElement(By.cssSelector("button[value=APPROVE]"));
            assertThat(approve.getText()).isEqualTo("Godkjenn at " + username + " forvalter " + name);
            Axe.check(coordinator);
            approve.sendKeys(Keys.ENTER);
            new WebDriverWait(coordinator, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("[role=status]"), username + " forvalter nå " + name));
            assertThat(coordinator.findElements(By.id("kobling-" + id))).isEmpty();
        } finally {
            coordinator.quit();
        }

        browser.navigate().refresh();
        assertThat(main()).contains("Logg ut og inn igjen");
        WebDriver entrepreneur = Chromium.open();
        try {
            entrepreneur.manage().window().setSize(new Dimension(360, 800));
            KeycloakLogin.open(entrepreneur, url("/entreprenor/profil"), username, "demo");
            var description = new WebDriverWait(entrepreneur, Duration.ofSeconds(30))
                    .until(ExpectedConditions.elementToBeClickable(By.id("description")));
            assertThat(description.getText()).isEqualTo("Vi reparerer sykler");
            Axe.check(entrepreneur);
            description.clear();
            description.sendKeys("Vi reparerer sykler og lærer bort faget");
            var miljo = entrepreneur.findElement(By.xpath("//fieldset[legend='Tema']//label[starts-with(., 'Miljø')]"));
            entrepreneur.findElement(By.id(miljo.getAttribute("for"))).sendKeys(Keys.SPACE);
            entrepreneur.findElement(By.id("website")).sendKeys("ikke en lenke");
            entrepreneur
                    .findElement(By.cssSelector(".registry-profile-form button[type=submit]"))
                    .sendKeys(Keys.ENTER);
            var problem = new WebDriverWait(entrepreneur, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary a")));
            assertThat(problem.getAttribute("href")).endsWith("#website");
            assertThat(entrepreneur.findElement(By.id("website")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(entrepreneur.findElement(By.id("description")).getAttribute("value"))
                    .isEqualTo("Vi reparerer sykler og lærer bort faget");
            Axe.check(entrepreneur);
            var website = entrepreneur.findElement(By.id("website"));
            website.clear();
            website.sendKeys("https://sykkel.example", Keys.ENTER);
            new WebDriverWait(entrepreneur, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("[role=status]"), "Profilen til " + name + " er lagret."));
            assertThat(pageFitsThePhone(entrepreneur)).isTrue();
            Axe.check(entrepreneur);
        } finally {
            entrepreneur.quit();
        }
        var entry = api.send(null, "GET", "/api/registry/entrepreneurs/" + number, null)
                .body()
                .path("entry")
                .path("profile");
        assertThat(entry.path("description").asString()).isEqualTo("Vi reparerer sykler og lærer bort faget");
        assertThat(entry.path("themes").toString()).contains("miljo");
        assertThat(entry.path("website").asString()).isEqualTo("https://sykkel.example");
    }

    @Test
    void aCoordinatorCreatesAnEntrepreneursUserForAnEntryOnTheRegisterPage() {
        String username = "laget-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakLogin.open(browser, url("/koordinator/registeret"), "koordinator", "demo");
        browser.findElement(By.id("account-number")).sendKeys(GRONN_VEKST);
        browser.findElement(By.id("account-username")).sendKeys("Ugyldig Navn");
        browser.findElement(By.id("account-email")).sendKeys(username + "@samarbeid.example");
        browser.findElement(By.id("account-first")).sendKeys("Kari");
        browser.findElement(By.id("account-last")).sendKeys("Gründer", Keys.ENTER);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Ugyldig brukernavn");
        assertThat(RealmAdmin.idOf("ugyldig navn")).isEmpty();
        Axe.check(browser);

        browser.findElement(By.id("account-number")).sendKeys(GRONN_VEKST);
        browser.findElement(By.id("account-username")).sendKeys(username);
        browser.findElement(By.id("account-email")).sendKeys(username + "@samarbeid.example");
        browser.findElement(By.id("account-first")).sendKeys("Kari");
        browser.findElement(By.id("account-last")).sendKeys("Gründer", Keys.ENTER);
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[role=status]"), "Brukeren " + username + " forvalter nå " + GRONN_VEKST));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("Engangspassord: ");
        assertThat(RealmAdmin.realmRoles(username)).contains("ENTREPRENEUR");
        Axe.check(browser);
    }

    @Test
    void aCoordinatorCorrectsAnEntrysNameFormAndAddressOnAPhoneAndSeesItInTheHistory() {
        ApiClient api = new ApiClient(port);
        String number = RegistryApiIntegrationTests.freshNumber();
        assertThat(api.post(
                                "koordinator",
                                "/api/registry/entrepreneurs",
                                RegistryApiIntegrationTests.proposal(number, "Feilstavet Navn AS", "Vi hjelper"))
                        .status())
                .isEqualTo(201);
        browser.manage().window().setSize(new Dimension(360, 800));
        KeycloakLogin.open(browser, url("/koordinator/registeret"), "koordinator", "demo");
        browser.get(url("/registeret/" + number));
        browser.findElement(By.linkText("Rediger registeropplysningene")).sendKeys(Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("/koordinator/registeret/oppforing/" + number));
        assertThat(heading()).isEqualTo("Registeropplysningene til Feilstavet Navn AS");
        Axe.check(browser);

        var name = browser.findElement(By.id("name"));
        name.clear();
        name.sendKeys("Riktig Navn");
        new Select(browser.findElement(By.id("organisationForm"))).selectByValue("STI");
        new Select(browser.findElement(By.id("municipalityNumber"))).selectByValue("5001");
        browser.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
        var problem =
                waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary a")));
        assertThat(problem.getText()).contains("ideelt AS");
        assertThat(problem.getAttribute("href")).endsWith("#nonprofit");
        assertThat(browser.findElement(By.id("nonprofit")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Riktig Navn");
        assertThat(pageFitsThePhone(browser)).isTrue();
        Axe.check(browser);

        browser.findElement(By.id("nonprofit")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("name")).sendKeys(Keys.ENTER);
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[role=status]"), "Registeropplysningene til Riktig Navn er lagret."));
        Axe.check(browser);
        browser.get(url("/registeret/" + number));
        assertThat(main()).contains("Stiftelse", "Trondheim", "Registeropplysninger endret");
        assertThat(heading()).isEqualTo("Riktig Navn");
    }

    @Test
    void aCoordinatorUploadsACsvOfEntriesSeesTheRejectedRowsThenEntersTheCorrectedFile() throws Exception {
        String number = RegistryApiIntegrationTests.freshNumber();
        String header = "organisationNumber;name;organisationForm;municipalityNumber;themes\n";
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("registeret-", ".csv");
        java.nio.file.Path good = java.nio.file.Files.createTempFile("registeret-", ".csv");
        try {
            java.nio.file.Files.writeString(
                    bad, header + number + ";Opplastet AS;AS;0301;helse|astrologi\n123456789;Feil AS;AS;0301;\n");
            java.nio.file.Files.writeString(good, header + number + ";Opplastet AS;AS;0301;helse\n");
            browser.manage().window().setSize(new Dimension(360, 800));
            KeycloakLogin.open(browser, url("/koordinator/registeret"), "koordinator", "demo");
            browser.findElement(By.linkText("Legg inn oppføringer fra en CSV-fil"))
                    .sendKeys(Keys.ENTER);
            waitFor().until(ExpectedConditions.urlContains("/koordinator/registeret/import"));
            Axe.check(browser);

            browser.findElement(By.id("fil")).sendKeys(bad.toString());
            browser.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("avviste")));
            assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                    .contains("2 av 2 rader ble avvist. Ingenting er lagret");
            String report = browser.findElement(By.cssSelector("section[aria-labelledby=avviste] table"))
                    .getText();
            assertThat(report).contains("2 themes", "«astrologi»", "3 organisationNumber", "«123456789»");
            assertThat(pageFitsThePhone(browser)).isTrue();
            Axe.check(browser);
            assertThat(new ApiClient(port)
                            .get("koordinator", "/api/registry/entrepreneurs/" + number)
                            .status())
                    .isEqualTo(404);

            browser.findElement(By.id("fil")).sendKeys(good.toString());
            browser.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
            waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("[role=status]"), "1 oppføringer er lagt inn."));
            Axe.check(browser);
            assertThat(new ApiClient(port)
                            .send(null, "GET", "/api/registry/entrepreneurs/" + number, null)
                            .status())
                    .isEqualTo(200);
        } finally {
            java.nio.file.Files.deleteIfExists(bad);
            java.nio.file.Files.deleteIfExists(good);
        }
    }

    @Test
    void theMunicipalityProposesANewEntryFromAMentionWithTheFormPrefilled() {
        ApiClient api = new ApiClient(port);
        String name = "Leksehjelpen " + UUID.randomUUID().toString().substring(0, 6);
        String partnerId = MentionProposalIntegrationTests.mentioned(api, name, "MUNICIPALITY");
        String number = RegistryApiIntegrationTests.freshNumber();

        browser.manage().window().setSize(new Dimension(360, 800));
        KeycloakLogin.open(browser, url("/admin/kommune/omtaler"), "oslo-admin", "demo");
        browser.findElement(By.id("omtale-" + partnerId))
                .findElement(By.linkText("Foreslå " + name + " som ny oppføring"))
                .sendKeys(Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("/forslag"));
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.findElement(By.id("services")).getAttribute("value")).isEqualTo("Leksehjelp");
        assertThat(new Select(browser.findElement(By.id("municipalityNumber")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("0301");
        Axe.check(browser);

        browser.findElement(By.id("name")).sendKeys(Keys.ENTER);
        var problem =
                waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary a")));
        assertThat(problem.getAttribute("href")).endsWith("#organisationNumber");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
        assertThat(pageFitsThePhone(browser)).isTrue();
        Axe.check(browser);

        browser.findElement(By.id("organisationNumber")).sendKeys(number, Keys.ENTER);
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[role=status]"), name + " er foreslått for registeret"));
        assertThat(browser.findElement(By.id("omtale-" + partnerId)).getText()).contains("Koblet til", number);
        Axe.check(browser);
        assertThat(api.get("koordinator", "/api/registry/entrepreneurs/" + number)
                        .body()
                        .path("entry")
                        .path("status")
                        .asString())
                .isEqualTo("PENDING");
    }

    private static boolean pageFitsThePhone(WebDriver driver) {
        Object fits = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
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
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }
}
