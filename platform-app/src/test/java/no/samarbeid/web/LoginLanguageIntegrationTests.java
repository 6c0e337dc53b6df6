package no.samarbeid.web;

import static org.assertj.core.api.Assertions.assertThat;

import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Keycloak's login page speaks the language chosen on the platform's pages: bokmål unless nynorsk or English. */
@IntegrationTest
class LoginLanguageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theLoginPageIsInBokmaalByDefault() {
        var login = new Browser(port).loginPage();

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Brukernavn eller e-postadresse", "Logg inn");
    }

    @Test
    void theLoginPageFollowsTheChosenLanguage() {
        var browser = new Browser(port);
        browser.get("/?lang=nn");

        assertThat(browser.loginPage().body()).contains("Brukarnamn eller e-postadresse");

        browser.get("/?lang=en");
        assertThat(browser.loginPage().body()).contains("Username or email");
    }
}
