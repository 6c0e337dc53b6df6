package no.samarbeid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whatever goes wrong on a page, the browser gets a Norwegian error page (never JSON or a stack trace), and a board
 * visited without a session leads to the join page rather than to the facilitators' login.
 */
@IntegrationTest
class PageErrorsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aBoardVisitedWithoutASessionLeadsToTheJoinPage() {
        var board = new Browser(port).get("/workshops/" + UUID.randomUUID() + "/bord/" + UUID.randomUUID());

        assertThat(board.statusCode()).isEqualTo(302);
        assertThat(board.headers().firstValue("Location").orElseThrow()).endsWith("/bli-med");
    }

    @Test
    void otherPagesWithoutASessionLeadToTheLogin() {
        var console = new Browser(port).get("/workshops/" + UUID.randomUUID() + "/fasilitator");

        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location").orElseThrow()).contains("/oauth2/authorization/keycloak");
    }

    @Test
    void anUnknownPageIsANorwegianNotFoundPage() {
        var browser = new Browser(port);
        browser.login("oslo-fasilitator");

        var missing = browser.get("/workshops/" + UUID.randomUUID() + "/finnes-ikke");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(missing.body()).contains("<h1>Finnes ikke</h1>", "lang=\"nb\"");
    }

    @Test
    void aMalformedAddressOrAMissingFormFieldIsABadRequestPageThatSavesNothing() {
        var browser = new Browser(port);
        browser.login("oslo-fasilitator");

        var malformed = browser.get("/workshops/ikke-en-id/fasilitator");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("<h1>Ugyldig forespørsel</h1>").doesNotContain("Exception");

        var form = browser.get("/workshops/ny");
        var incomplete = browser.post("/workshops/ny", Map.of("title", "Uten sted"), Browser.csrf(form.body()));
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("<h1>Ugyldig forespørsel</h1>");
        assertThat(browser.get("/workshops").body()).doesNotContain("Uten sted");
    }

    @Test
    void theApiKeepsAnsweringProblemDetails() {
        var missing = new Browser(port).get("/api/finnes-ikke");

        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
    }
}
