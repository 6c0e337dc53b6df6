package no.samarbeid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.samarbeid.infra.stack.Ports;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Demo users that the realm file has but a Keycloak imported before them lacks: made once through the admin API of
 * the local stack's Keycloak (admin/admin, dev only), with password {@code demo}, a realm role and their
 * municipality's organization.
 */
final class DemoUsers {

    /** Oslo's second facilitator, listed on no workshop unless a test lists them. */
    static final String OSLO_CO_FACILITATOR = "oslo-medfasilitator";

    /** A user who registered in the realm: no role, no municipality (may ask to keep a register entry). */
    static final String REGISTERED_ENTREPRENEUR = "ny-entreprenor";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BASE = "http://" + Ports.HOST + ":" + Ports.keycloak();
    private static final String REALM = BASE + "/admin/realms/samarbeid";

    private DemoUsers() {}

    /** Makes sure Oslo's second facilitator exists. */
    static synchronized void ensureOsloCoFacilitator() {
        ensure(OSLO_CO_FACILITATOR, "FACILITATOR", "0301");
    }

    /** Makes sure the registered user without a role exists. */
    static synchronized void ensureRegisteredEntrepreneur() {
        ensure(REGISTERED_ENTREPRENEUR, null, null);
    }

    private static void ensure(String username, @Nullable String role, @Nullable String municipality) {
        String admin = adminToken();
        if (!send(admin, "GET", "/users?exact=true&username=" + username, null).isEmpty()) {
            return;
        }
        send(
                admin,
                "POST",
                "/users",
                Http.JSON.writeValueAsString(Map.of(
                        "username",
                        username,
                        "enabled",
                        true,
                        "email",
                        username + "@samarbeid.example",
                        "emailVerified",
                        true,
                        "firstName",
                        "Ola",
                        "lastName",
                        "Medfasilitator",
                        "credentials",
                        new Object[] {Map.of("type", "password", "value", "demo", "temporary", false)})));
        String userId = send(admin, "GET", "/users?exact=true&username=" + username, null)
                .get(0)
                .path("id")
                .asString();
        if (role != null) {
            JsonNode realmRole = send(admin, "GET", "/roles/" + role, null);
            send(admin, "POST", "/users/" + userId + "/role-mappings/realm", "[" + realmRole + "]");
        }
        if (municipality == null) {
            return;
        }
        for (JsonNode organization : send(admin, "GET", "/organizations?briefRepresentation=true&max=1000", null)) {
            if (organization.path("alias").asString().equals(municipality)) {
                send(
                        admin,
                        "POST",
                        "/organizations/" + organization.path("id").asString() + "/members",
                        "\"" + userId + "\"");
            }
        }
    }

    private static JsonNode send(String token, String method, String path, String json) {
        var request = HttpRequest.newBuilder(URI.create(REALM + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as(method + " " + path + ": " + response.body())
                    .isBetween(200, 299);
            return response.body().isBlank() ? Http.JSON.missingNode() : Http.JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode("admin", StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(BASE + "/realms/master/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return Http.JSON.readTree(response.body()).path("access_token").asString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
