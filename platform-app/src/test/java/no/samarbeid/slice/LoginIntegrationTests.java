package no.samarbeid.slice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.samarbeid.IntegrationTest;
import no.samarbeid.infra.stack.DemoTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages log in through Keycloak with the authorization code flow and PKCE; health is public. */
@IntegrationTest
class LoginIntegrationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aPageSendsTheBrowserToKeycloakWithAProofKeyChallenge() throws Exception {
        HttpResponse<Void> login = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/keycloak"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(login.statusCode()).isEqualTo(302);
        String location = login.headers().firstValue("Location").orElseThrow();
        assertThat(location)
                .startsWith(DemoTokens.issuer() + "/protocol/openid-connect/auth")
                .contains("client_id=samarbeid-web", "response_type=code", "code_challenge=")
                .contains("code_challenge_method=S256");
    }

    @Test
    void healthShowsEveryBackingServiceWithoutLogin() throws Exception {
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .contains("\"db\"", "\"kafka\"", "\"elasticsearch\"", "\"keycloak\"");
    }

    @Test
    void theApiIsDescribedAsOpenApi() throws Exception {
        HttpResponse<String> docs = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"", "/api/workshops", "/api/guest/join");
    }
}
