package no.samarbeid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.support.Method2017;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The facilitator's console as a facilitator uses it after a real login: the join code with a QR code that a phone
 * reads as the join link, a workshop created from the municipality's variant, the agenda adjusted (a sheet left
 * out cannot be opened; the order shows), bad input explained in Norwegian without changing anything, and another
 * municipality's facilitator kept out of the console and its forms.
 */
@IntegrationTest
@TestPropertySource(properties = "samarbeid.test.instance=web-pages")
class ConsolePagesIntegrationTests {

    private static final Pattern JOIN_CODE = Pattern.compile("class=\"join-code\">([A-Z0-9 ]+)<");
    private static final List<String> SHEETS = Method2017.SHEETS;

    @LocalServerPort
    int port;

    @Test
    void theConsoleShowsTheJoinCodeAndAQrCodeThatOpensTheJoinLink() {
        Console console = Console.create(port, "oslo-fasilitator", "QR-verksted", null);

        String page = console.created();
        Matcher code = JOIN_CODE.matcher(page);
        assertThat(code.find()).as(page).isTrue();
        String link =
                "http://127.0.0.1:" + port + "/bli-med?kode=" + code.group(1).replace(" ", "");
        assertThat(QrCodes.read(page, "join-qr")).isEqualTo(link);
        assertThat(page)
                .contains(
                        "id=\"join-link\" href=\"" + link + "\"",
                        "alt=\"QR-kode som åpner lenken for å bli med: " + link);
        assertThat(page).contains("role=\"status\"", "Workshopen er opprettet.");

        var large = console.browser.get(console.path + "/kode");
        assertThat(large.statusCode()).isEqualTo(200);
        assertThat(QrCodes.read(large.body(), "join-qr")).isEqualTo(link);
        assertThat(large.body()).contains(code.group(1), "http://127.0.0.1:" + port + "/bli-med<");
    }

    @Test
    void aWorkshopIsCreatedFromTheMunicipalitysVariantAndShowsItsSheetsByNumberAndTitle() {
        String name = "Oslos korte " + UUID.randomUUID().toString().substring(0, 8);
        var variant = new ApiClient(port).post("oslo-admin", "/api/templates/variants", variantWithoutSheetFour(name));
        assertThat(variant.status()).as(variant.body().toString()).isEqualTo(201);
        String reference = variant.body().path("reference").asString();

        var browser = new Browser(port);
        browser.login("oslo-fasilitator");
        String form = browser.get("/workshops/ny").body();
        assertThat(form).contains("value=\"veier-til-samarbeid:2017\"", "value=\"" + reference + "\"", name);

        var past = browser.post(
                "/workshops/ny",
                Map.of("title", "For sent", "place", "Rådhuset", "date", "2020-01-01", "template", reference),
                Browser.csrf(form));
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body())
                .contains("role=\"alert\"", "Datoen har vært", "value=\"For sent\"")
                .containsPattern("value=\"" + reference + "\" selected");

        Console console = Console.create(browser, form, "Variantverksted", reference);
        String page = console.page();
        assertThat(page)
                .contains(
                        "Mal: " + name, "9 ark", "1. Hensikt, mål og spilleregler", "4. Hvilke sosiale entreprenører");
        assertThat(page).doesNotContain("Hvilke nye møteplasser trenger vi?");
    }

    @Test
    void theFacilitatorLeavesOutASheetRetimesAndMovesAnotherAndTheLeftOutSheetCannotBeOpened() {
        Console console = Console.create(port, "oslo-fasilitator", "Agendaverksted", null);
        Map<String, String> form = console.keepAllBut("new-meeting-places");
        form.put("minutes.why-collaborate", "15");

        String saved = console.act("/agenda", form);
        assertThat(saved).contains("Agendaen er lagret.", "Utelatte ark", "9 ark");
        assertThat(saved)
                .containsPattern("id=\"minutes-why-collaborate\" name=\"minutes.why-collaborate\" value=\"15\"");
        assertThat(saved.indexOf("Utelatte ark")).isLessThan(saved.indexOf("4. Hvilke nye møteplasser"));

        String moved = console.act("/agenda/flytt", Map.of("move", "up:meeting-points"));
        assertThat(moved).contains("Arket er flyttet opp.");
        assertThat(moved.indexOf("3. Hva er møtepunktene")).isLessThan(moved.indexOf("2. Hvorfor skal vi"));
        assertThat(moved).containsPattern("id=\"up-meeting-points\"[^>]*autofocus");

        assertThat(console.act("/bord", Map.of("name", "Bord Sør"))).contains("Bordet «Bord Sør» er lagt til.");
        assertThat(console.act("/start", Map.of())).contains("Workshopen er startet.");
        String refused = console.act("/ark", Map.of("sheetKey", "new-meeting-places"));
        assertThat(refused).contains("role=\"alert\"", "Arket er ikke på agendaen");
        assertThat(refused).doesNotContain("<option value=\"new-meeting-places\"");
        assertThat(console.act("/ark", Map.of("sheetKey", "meeting-points")))
                .contains("Arket er åpnet.", "class=\"table-sheet\">3. Hva er møtepunktene");
    }

    @Test
    void badInputGetsANorwegianMessageAndChangesNothing() {
        Console console = Console.create(port, "oslo-fasilitator", "Feilverksted", null);
        String before = console.agendaShown();

        for (String minutes : List.of("0", "121", "tjue")) {
            Map<String, String> form = console.keepAllBut();
            form.put("minutes.meeting-points", minutes);
            assertThat(console.act("/agenda", form))
                    .as(minutes)
                    .contains("role=\"alert\"", "Ugyldig antall minutter", "Hvert ark må ha mellom 1 og 120 minutter.");
            assertThat(console.agendaShown()).isEqualTo(before);
        }
        assertThat(console.act("/agenda", Map.of("minutes.why-collaborate", "20")))
                .contains("Tom agenda", "Agendaen må ha minst ett arbeidsark.");
        assertThat(console.agendaShown()).isEqualTo(before);
    }

    @Test
    void aBergenFacilitatorNeitherSeesNorAdjustsAnOsloWorkshop() {
        Console oslo = Console.create(port, "oslo-fasilitator", "Oslos verksted", null);
        String before = oslo.agendaShown();
        var bergen = new Browser(port);
        bergen.login("bergen-fasilitator");
        String token = Browser.csrf(bergen.get("/workshops/ny").body());

        assertThat(bergen.get(oslo.path).statusCode()).isEqualTo(404);
        assertThat(bergen.get(oslo.path + "/kode").statusCode()).isEqualTo(404);
        HttpResponse<String> adjust = bergen.post(oslo.path + "/agenda", Map.of("keep.why-collaborate", "on"), token);
        assertThat(adjust.statusCode()).isEqualTo(404);
        assertThat(adjust.body()).contains("Workshopen finnes ikke").doesNotContain("Oslos verksted");
        assertThat(bergen.post(oslo.path + "/agenda/flytt", Map.of("move", "down:purpose-and-rules"), token)
                        .statusCode())
                .isEqualTo(404);

        assertThat(oslo.agendaShown()).isEqualTo(before);
    }

    private static Map<String, Object> variantWithoutSheetFour(String name) {
        List<Map<String, Object>> sheets = new ArrayList<>();
        SHEETS.stream().filter(key -> !key.equals("new-meeting-places")).forEach(key -> sheets.add(Map.of("key", key)));
        return Map.of("name", name, "base", "veier-til-samarbeid:2017", "sheets", sheets);
    }

    /**
     * A workshop created through the form by a logged-in facilitator, and its console as first shown after the
     * redirect.
     */
    record Console(Browser browser, String path, String token, String created) {

        static Console create(int port, String user, String title, String template) {
            var browser = new Browser(port);
            browser.login(user);
            return create(browser, browser.get("/workshops/ny").body(), title, template);
        }

        static Console create(Browser browser, String form, String title, String template) {
            Map<String, String> fields = new HashMap<>(Map.of(
                    "title",
                    title,
                    "place",
                    "Rådhuset",
                    "date",
                    LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1).toString()));
            if (template != null) {
                fields.put("template", template);
            }
            var created = browser.post("/workshops/ny", fields, Browser.csrf(form));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
            String location = created.headers().firstValue("Location").orElseThrow();
            String path = location.substring(location.indexOf("/workshops/"));
            var first = browser.get(path);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            return new Console(browser, path, Browser.csrf(form), first.body());
        }

        String page() {
            var page = browser.get(path);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            return page.body();
        }

        /** Posts one of the console's forms and follows the redirect back, as a browser does. */
        String act(String action, Map<String, String> fields) {
            HttpResponse<String> posted = browser.post(path + action, fields, token);
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
            assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith(path);
            return page();
        }

        /** The agenda form with every sheet of the 2017 edition kept except those given, at their minutes. */
        Map<String, String> keepAllBut(String... leftOut) {
            Map<String, String> form = new HashMap<>();
            SHEETS.stream()
                    .filter(key -> !List.of(leftOut).contains(key))
                    .forEach(key -> form.put("keep." + key, "on"));
            return form;
        }

        /** The agenda as the console shows it: its list of sheets with their minutes. */
        String agendaShown() {
            String page = page();
            return page.substring(page.indexOf("id=\"agenda-title\""), page.indexOf("id=\"tables-title\""))
                    .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
        }
    }
}
