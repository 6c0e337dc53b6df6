package no.samarbeid.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The platform admin's municipalities page and the municipal admin's pages, logged in through Keycloak. */
@BrowserTest
class AdminPagesBrowserTests extends BrowserSession {

    private static final String EDITION = "veier-til-samarbeid:2017";
    private static final Duration INDEXED = Duration.ofSeconds(60);

    @Test
    void thePlatformAdminSeesTheOnboardedMunicipalitiesAndTheOnboardingForm() {
        KeycloakLogin.open(browser, url("/admin/kommuner"), "plattform-admin", "demo");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kommuner");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("0301", "Oslo", "4601");
        assertThat(browser.findElements(By.id("municipalityNumber"))).hasSize(1);
        Axe.check(browser);
    }

    @Test
    void theMunicipalAdminSeesItsWorkshopsWithTheirTemplatesAndSharing() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var api = new ApiClient(port);
        String variant = createVariant(api, "oslo-admin", "Oslos ene ark " + suffix);
        createWorkshop(api, "Nasjonal " + suffix, null);
        String own = createWorkshop(api, "Egen " + suffix, "variant:" + variant + ":1");

        KeycloakLogin.open(browser, url("/admin/kommune"), "oslo-admin", "demo");

        assertThat(heading()).contains("Oslo");
        assertThat(browser.findElements(By.id("sharesNationally"))).hasSize(1);
        assertThat(workshopRow("Nasjonal " + suffix).getText())
                .contains("Rådhuset", "28.11.2090", "Planlagt", "Veier til samarbeid (2017), nasjonal utgave");
        WebElement row = workshopRow("Egen " + suffix);
        assertThat(row.getText()).contains("Oslos ene ark " + suffix + ", versjon 1");
        assertThat(row.findElement(By.linkText("Konsoll for Egen " + suffix)).getAttribute("href"))
                .endsWith("/workshops/" + own + "/fasilitator");
        assertThat(row.findElement(By.linkText("Rapport for Egen " + suffix)).getAttribute("href"))
                .endsWith("/workshops/" + own + "/rapport");
        Axe.check(browser);
    }

    @Test
    void theMunicipalAdminStopsSharingACompletedWorkshopAndItLeavesNationalSearch() {
        String token =
                "fullfort" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String title = "Verksted " + token;
        var api = new ApiClient(port);
        var created = api.post(
                "oslo-fasilitator",
                "/api/workshops",
                Map.of("title", title, "place", "Rådhuset", "date", "2099-12-31"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        if (!created.body().path("shared").asBoolean()) {
            assertThat(api.put("oslo-admin", "/api/workshops/" + id + "/sharing", Map.of("shared", true))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(api.post("oslo-fasilitator", "/api/workshops/" + id + "/tables", Map.of("name", "Bord 1"))
                        .status())
                .isIn(200, 201);
        assertThat(api.post("oslo-fasilitator", "/api/workshops/" + id + "/start", null)
                        .status())
                .isEqualTo(200);
        var completed = api.post("oslo-fasilitator", "/api/workshops/" + id + "/complete", null);
        assertThat(completed.body().path("status").asString()).isEqualTo("COMPLETED");
        await().atMost(INDEXED)
                .untilAsserted(() -> assertThat(nationalHits(api, token)).contains(id));

        KeycloakLogin.open(browser, url("/admin/kommune"), "oslo-admin", "demo");
        WebElement row = workshopRow(title);
        assertThat(row.getText()).contains("Avsluttet", "Ja");
        row.findElement(By.xpath(".//button[normalize-space()='Slutt å dele " + title + "']"))
                .click();

        waitFor()
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> workshopRow(title)
                                .findElements(By.xpath(".//button[normalize-space()='Del " + title + " nasjonalt']"))
                                .size()
                        == 1);
        assertThat(workshopRow(title).getText()).contains("Nei");
        assertThat(api.get("oslo-admin", "/api/workshops/" + id)
                        .body()
                        .path("shared")
                        .asBoolean())
                .isFalse();
        Axe.check(browser);
        await().atMost(INDEXED)
                .untilAsserted(() -> assertThat(nationalHits(api, token)).doesNotContain(id));
    }

    private static List<String> nationalHits(ApiClient api, String word) {
        var found = api.get("koordinator", "/api/national/workshops?q=" + word);
        assertThat(found.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        found.body().forEach(hit -> ids.add(hit.path("workshopId").asString()));
        return ids;
    }

    @Test
    void theMunicipalAdminMakesAVariantWithoutSheetFourAndSavesItsNextVersion() {
        String name = "Oslos korte " + UUID.randomUUID().toString().substring(0, 8);
        KeycloakLogin.open(browser, url("/admin/kommune"), "oslo-admin", "demo");
        browser.findElement(By.linkText("Malvarianter")).click();
        assertThat(heading()).isEqualTo("Malvarianter");
        Axe.check(browser);

        browser.findElement(By.id("name")).sendKeys(name);
        new Select(browser.findElement(By.id("base"))).selectByValue(EDITION);
        browser.findElement(By.cssSelector("form.variant-create button")).click();
        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), name));
        assertThat(versions()).containsExactly("1");
        Axe.check(browser);

        browser.findElement(By.id("include-new-meeting-places")).click();
        browser.findElement(By.id("up-potential-partners")).sendKeys(Keys.ENTER);
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#ark-potential-partners legend"), "Ark 4"));
        assertThat(browser.findElement(By.id("include-new-meeting-places")).isSelected())
                .isFalse();
        assertThat(legend("new-meeting-places")).startsWith("Ikke med");
        assertThat(browser.findElement(By.cssSelector("#ark-potential-partners [role=status]"))
                        .getText())
                .contains("er nå ark 4");
        Axe.check(browser);

        WebElement minutes = browser.findElement(By.id("minutes-why-collaborate"));
        minutes.clear();
        minutes.sendKeys("15");
        browser.findElement(By.cssSelector("#ark-why-collaborate summary")).click();
        WebElement title = browser.findElement(By.id("title-nb-why-collaborate"));
        title.clear();
        title.sendKeys("Hvorfor samarbeide?");
        browser.findElement(By.name("save")).click();

        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("lagret"), "Versjon 2 er lagret"));
        assertThat(versions()).containsExactly("2", "1");
        assertThat(legend("why-collaborate")).isEqualTo("Ark 2: Hvorfor samarbeide?");
        assertThat(browser.findElement(By.id("minutes-why-collaborate")).getAttribute("value"))
                .isEqualTo("15");
        assertThat(legend("potential-partners")).startsWith("Ark 4:");
        assertThat(legend("new-meeting-places")).startsWith("Ikke med");
        Axe.check(browser);
    }

    @Test
    void anotherMunicipalitysAdminCannotOpenTheVariant() {
        String name = "Bare Oslo " + UUID.randomUUID().toString().substring(0, 8);
        String variant = createVariant(new ApiClient(port), "oslo-admin", name);

        KeycloakLogin.open(browser, url("/admin/kommune/maler/" + variant), "bergen-admin", "demo");

        assertThat(heading()).isEqualTo("Varianten finnes ikke");
        assertThat(browser.getPageSource()).doesNotContain(name);
        Axe.check(browser);
        browser.get(url("/admin/kommune/maler"));
        assertThat(heading()).isEqualTo("Malvarianter");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(name);
    }

    private static String createVariant(ApiClient api, String admin, String name) {
        var created = api.post(
                admin,
                "/api/templates/variants",
                Map.of("name", name, "base", EDITION, "sheets", List.of(Map.of("key", "why-collaborate"))));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    private static String createWorkshop(ApiClient api, String title, String template) {
        Map<String, Object> request = new HashMap<>(Map.of("title", title, "place", "Rådhuset", "date", "2090-11-28"));
        if (template != null) {
            request.put("template", template);
        }
        var created = api.post("oslo-fasilitator", "/api/workshops", request);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    private WebElement workshopRow(String title) {
        return browser.findElement(By.xpath("//tr[th[normalize-space()='" + title + "']]"));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String legend(String sheet) {
        return browser.findElement(By.cssSelector("#ark-" + sheet + " legend")).getText();
    }

    private List<String> versions() {
        return browser.findElements(By.cssSelector("#versjoner + table tbody th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }
}
