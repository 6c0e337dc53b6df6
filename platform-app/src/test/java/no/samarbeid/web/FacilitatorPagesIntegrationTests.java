package no.samarbeid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The facilitator's pages after a real Keycloak login (authorization code + PKCE): create a workshop, add a table,
 * start it and open a sheet from the console, and see the table on the projector (the realm accepts any loopback
 * port as redirect, so the login comes back to the random port).
 */
@IntegrationTest
@TestPropertySource(properties = "samarbeid.test.instance=web-pages")
class FacilitatorPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aFacilitatorCreatesAndRunsAWorkshopFromTheConsole() {
        var browser = new Browser(port);
        browser.login("oslo-fasilitator");

        var form = browser.get("/workshops/ny");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        var created = browser.post(
                "/workshops/ny",
                Map.of(
                        "title",
                        "Konsoll",
                        "place",
                        "Rådhuset",
                        "date",
                        LocalDate.now().toString()),
                Browser.csrf(form.body()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String console = created.headers().firstValue("Location").orElseThrow();
        assertThat(console).endsWith("/fasilitator");
        String path = console.substring(console.indexOf("/workshops/"));

        var page = browser.get(path);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Konsoll", "class=\"join-code\"");
        String token = Browser.csrf(page.body());
        assertThat(browser.post(path + "/bord", Map.of("name", "Bord Nord"), token)
                        .statusCode())
                .isEqualTo(302);
        assertThat(browser.post(path + "/start", Map.of(), token).statusCode()).isEqualTo(302);
        assertThat(browser.post(path + "/ark", Map.of("sheetKey", "why-collaborate"), token)
                        .statusCode())
                .isEqualTo(302);

        var running = browser.get(path);
        assertThat(running.body()).contains("Bord Nord", "Avslutt workshopen");
        String workshop = path.substring(0, path.indexOf("/fasilitator"));
        var projector = browser.get(workshop + "/projektor");
        assertThat(projector.statusCode()).as(projector.body()).isEqualTo(200);
        assertThat(projector.body()).contains("Bord Nord");
    }
}
