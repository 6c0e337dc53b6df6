package no.samarbeid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The municipal admin's template variant pages over real HTTP: refusals of the domain come back as a Norwegian
 * message on the form with what was typed, other municipalities get a 404 page and change nothing, and other roles
 * get the 403 page.
 */
@IntegrationTest
@TestPropertySource(properties = "samarbeid.test.instance=web-pages")
class VariantPagesIntegrationTests {

    private static final String EDITION = "veier-til-samarbeid:2017";

    @LocalServerPort
    int port;

    @Test
    void aRefusedSaveShowsWhyInNorwegianAndKeepsWhatWasTyped() {
        var admin = admin("oslo-admin");
        String editor = create(admin, "Feilmeldinger");

        var refused = save(admin, editor, Map.of("minutes.why-collaborate", "tjue"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith(editor + "#feil");

        String page = admin.get(editor).body();
        assertThat(page)
                .contains("Varianten ble ikke lagret")
                .contains("Skriv tiden for arket «Hvorfor skal vi i vår kommune samarbeide med sosiale entreprenører?»"
                        + " som et helt tall fra 1 til 180 minutter.")
                .contains("href=\"#minutes-why-collaborate\"", "value=\"tjue\"", "aria-invalid=\"true\"")
                .contains("Du har endringer som ikke er lagret ennå.")
                .doesNotContain("Exception", "at no.samarbeid");
        assertThat(versionRows(page)).isEqualTo(1);

        save(
                admin,
                editor,
                Map.of(
                        "title.nb.why-collaborate", "Hvorfor?",
                        "title.nn.why-collaborate", "Kvifor?",
                        "title.en.why-collaborate", "Why?",
                        "instructions.nb.why-collaborate", "Bare én linje"));
        assertThat(admin.get(editor).body())
                .contains("må ha like mange linjer i instruksjonene på bokmål, nynorsk og engelsk")
                .contains("value=\"Hvorfor?\"", "Bare én linje");
    }

    @Test
    void aVariantWithoutANameIsNotCreated() {
        var admin = admin("oslo-admin");
        String token = Browser.csrf(admin.get("/admin/kommune/maler").body());

        var refused = admin.post("/admin/kommune/maler", Map.of("name", "  ", "base", EDITION), token);

        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/admin/kommune/maler#feil");
        assertThat(admin.get("/admin/kommune/maler").body())
                .contains("Varianten ble ikke laget", "Gi varianten et navn på mellom 1 og 200 tegn.")
                .contains("href=\"#name\"", "aria-invalid=\"true\"");
    }

    @Test
    void anotherMunicipalitysAdminGetsNotFoundAndChangesNothing() {
        var oslo = admin("oslo-admin");
        String editor = create(oslo, "Bare for Oslo " + UUID.randomUUID());

        var bergen = admin("bergen-admin");
        var page = bergen.get(editor);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Varianten finnes ikke").doesNotContain("Bare for Oslo");
        String token = Browser.csrf(bergen.get("/admin/kommune/maler").body());
        var changed = bergen.post(
                editor,
                Map.of("save", "true", "name", "Bergens nå", "sheet", "why-collaborate", "include", "why-collaborate"),
                token);
        assertThat(changed.statusCode()).isEqualTo(404);

        String after = oslo.get(editor).body();
        assertThat(after).doesNotContain("Bergens nå");
        assertThat(versionRows(after)).isEqualTo(1);
    }

    @Test
    void facilitatorsGetTheForbiddenPage() {
        var facilitator = new Browser(port);
        facilitator.login("oslo-fasilitator");

        for (String path : new String[] {"/admin/kommune", "/admin/kommune/maler"}) {
            var page = facilitator.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertThat(page.body()).as(path).doesNotContain("Lag en ny variant");
        }
        String token = Browser.csrf(facilitator.get("/workshops").body());
        var created =
                facilitator.post("/admin/kommune/maler", Map.of("name", "Fasilitatorens", "base", EDITION), token);
        assertThat(created.statusCode()).isEqualTo(403);
    }

    private Browser admin(String user) {
        var browser = new Browser(port);
        browser.login(user);
        return browser;
    }

    /** Creates a variant on the list page and returns its editor's path. */
    private static String create(Browser admin, String name) {
        String token = Browser.csrf(admin.get("/admin/kommune/maler").body());
        var created = admin.post("/admin/kommune/maler", Map.of("name", name, "base", EDITION), token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/admin/"));
    }

    /** Saves the variant with only the sheet "why-collaborate" kept, changed by the given fields. */
    private static HttpResponse<String> save(Browser admin, String editor, Map<String, String> changes) {
        String token = Browser.csrf(admin.get(editor).body());
        var fields = new HashMap<>(Map.of(
                "save", "true", "name", "Feilmeldinger", "sheet", "why-collaborate", "include", "why-collaborate"));
        fields.putAll(changes);
        return admin.post(editor, fields, token);
    }

    private static int versionRows(String page) {
        String versions = page.substring(page.indexOf("id=\"versjoner\""));
        return versions.split("<th scope=\"row\">", -1).length - 1;
    }
}
