package no.samarbeid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samarbeid.infra.stack.Ports;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local stack's Keycloak realm through its admin API (admin/admin, dev only), for tests: a user who registered
 * themselves (no role, no municipality), what the realm knows of a user, and the password a user picks at their
 * first login.
 */
public final class RealmAdmin {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BASE = "http://" + Ports.HOST + ":" + Ports.keycloak();
    private static final String REALM = BASE + "/admin/realms/samarbeid";

    private RealmAdmin() {}

    /** A user as self-registration makes one: enabled, password {@code demo}, no role and no organization. */
    public static void registerUser(String username) {
        send(
                "POST",
                "/users",
                JSON.writeValueAsString(Map.of(
                        "username",
                        username,
                        "enabled",
                        true,
                        "email",
                        username + "@samarbeid.example",
                        "emailVerified",
                        true,
                        "firstName",
                        "Sol",
                        "lastName",
                        "Entreprenør",
                        "credentials",
                        List.of(Map.of("type", "password", "value", "demo", "temporary", false)))));
    }

    /** The user's id, if the realm has them. */
    public static Optional<String> idOf(String username) {
        JsonNode found =
                send("GET", "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null);
        return found.isEmpty()
                ? Optional.empty()
                : Optional.of(found.get(0).path("id").asString());
    }

    /** The user's realm roles. */
    public static List<String> realmRoles(String username) {
        List<String> roles = new ArrayList<>();
        send("GET", "/users/" + idOf(username).orElseThrow() + "/role-mappings/realm", null)
                .forEach(role -> roles.add(role.path("name").asString()));
        return roles;
    }

    /** What Keycloak asks of the user at the next login, e.g. {@code UPDATE_PASSWORD}. */
    public static List<String> requiredActions(String username) {
        List<String> actions = new ArrayList<>();
        send("GET", "/users/" + idOf(username).orElseThrow(), null)
                .path("requiredActions")
                .forEach(action -> actions.add(action.asString()));
        return actions;
    }

    /** The password the user chose at the first login: {@code demo}, no longer temporary. */
    public static void choosePassword(String username) {
        String id = idOf(username).orElseThrow();
        send(
                "PUT",
                "/users/" + id + "/reset-password",
                "{\"type\":\"password\",\"value\":\"demo\",\"temporary\":false}");
    }

    private static JsonNode send(String method, String path, @Nullable String json) {
        var request = HttpRequest.newBuilder(URI.create(REALM + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as(method + " " + path + ": " + response.body())
                    .isBetween(200, 299);
            return response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String adminToken() {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(BASE + "/realms/master/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body()).path("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
