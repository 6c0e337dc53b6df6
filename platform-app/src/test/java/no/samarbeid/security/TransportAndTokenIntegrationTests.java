package no.samarbeid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.infra.stack.DemoTokens;
import no.samarbeid.support.FacilitatedWorkshop;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API accepts only tokens minted for it ({@code aud} holds {@code samarbeid-api}): a token that Keycloak issued to
 * another client of the realm is refused. Behind TLS, as a trusted proxy reports it, the session and guest cookies
 * are {@code Secure} and every answer carries HSTS; over plain HTTP (local development) neither, and a client that is
 * no trusted proxy cannot switch it on.
 */
@IntegrationTest
class TransportAndTokenIntegrationTests {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Test
    void aTokenMintedForAnotherClientOfTheRealmIsRefused() throws Exception {
        String adminClientToken = clientCredentials("samarbeid-admin", "samarbeid-admin-dev-secret");

        assertThat(get("/api/workshops", "Bearer " + adminClientToken).statusCode())
                .isEqualTo(401);
        assertThat(get("/api/workshops", "Bearer " + DemoTokens.accessToken("oslo-fasilitator"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void behindTlsTheSessionCookieIsSecureAndAnswersCarryHsts() throws Exception {
        HttpResponse<String> tls = send(page("/workshops").header("X-Forwarded-Proto", "https"));
        assertThat(cookie(tls, "JSESSIONID")).contains("Secure");
        assertThat(tls.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));

        HttpResponse<String> forwarded = send(page("/workshops").header("Forwarded", "for=192.0.2.7;proto=https"));
        assertThat(cookie(forwarded, "JSESSIONID")).contains("Secure");

        HttpResponse<String> plain = send(page("/workshops"));
        assertThat(cookie(plain, "JSESSIONID")).doesNotContain("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behindTlsTheGuestCookieIsSecure() throws Exception {
        var workshop = FacilitatedWorkshop.create(new ApiClient(port), "TLS-verksted");
        String table = workshop.addTable("Bord 1");
        workshop.lifecycle("start");
        String body = "{\"code\":\"" + workshop.joinCode() + "\",\"displayName\":\"Kari\",\"perspective\":"
                + "\"MUNICIPALITY\",\"tableId\":\"" + table + "\"}";

        HttpResponse<String> joined = send(HttpRequest.newBuilder(uri("/api/guest/join"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
        assertThat(cookie(joined, "samarbeid_guest")).contains("Secure", "HttpOnly");
        assertThat(joined.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> plain = send(HttpRequest.newBuilder(uri("/api/guest/join"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.replace("Kari", "Ola"))));
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
        assertThat(cookie(plain, "samarbeid_guest")).contains("HttpOnly").doesNotContain("Secure");
    }

    private String cookie(HttpResponse<?> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(cookie -> cookie.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies));
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET();
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private String clientCredentials(String client, String secret) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(DemoTokens.issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=client_credentials&client_id=" + client + "&client_secret=" + secret))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        assertThat(token.find()).as(response.body()).isTrue();
        return token.group(1);
    }
}
