package no.samarbeid.registry.accounts;

import java.net.URI;
import java.util.List;
import java.util.Map;
import no.samarbeid.core.web.ConflictException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The realm's users through the Keycloak Admin REST API, as the {@code samarbeid-admin} service account: creates an
 * entrepreneur's user and grants the realm role {@code ENTREPRENEUR}.
 */
@Component
class RealmUsers {

    static final String ROLE = "ENTREPRENEUR";

    private final RestClient http;
    private final AuthorizedClientServiceOAuth2AuthorizedClientManager clients;

    RealmUsers(
            @Value("${samarbeid.keycloak.realm-admin-url}") String realmAdminUrl,
            AuthorizedClientServiceOAuth2AuthorizedClientManager keycloakAdminClients) {
        this.http = RestClient.builder().baseUrl(realmAdminUrl).build();
        this.clients = keycloakAdminClients;
    }

    /**
     * Creates an enabled user with a temporary password (Keycloak asks for a new one at the first login) and returns
     * its id; a taken username or e-mail address is a conflict.
     */
    String create(NewAccount account, String temporaryPassword) {
        URI location;
        try {
            location = http.post()
                    .uri("/users")
                    .headers(headers -> headers.setBearerAuth(token()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of(
                            "username", account.username(),
                            "email", account.email(),
                            "emailVerified", true,
                            "firstName", account.firstName(),
                            "lastName", account.lastName(),
                            "enabled", true,
                            "credentials",
                                    List.of(Map.of("type", "password", "value", temporaryPassword, "temporary", true))))
                    .retrieve()
                    .toBodilessEntity()
                    .getHeaders()
                    .getLocation();
        } catch (HttpClientErrorException.Conflict e) {
            throw new ConflictException("registry.account-taken", String.valueOf(account.username()));
        }
        if (location == null) {
            throw new IllegalStateException("Keycloak created user " + account.username() + " without a location");
        }
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The id of the user with exactly this username. */
    String idOf(String username) {
        List<Map<String, Object>> found = http.get()
                .uri(uri -> uri.path("/users")
                        .queryParam("exact", true)
                        .queryParam("username", username)
                        .build())
                .headers(headers -> headers.setBearerAuth(token()))
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        if (found == null || found.isEmpty()) {
            throw new IllegalStateException("No user " + username + " in the realm");
        }
        return (String) found.get(0).get("id");
    }

    /** Grants the realm role {@code ENTREPRENEUR} (granting it twice changes nothing). */
    void grantEntrepreneur(String userId) {
        Map<String, Object> role = http.get()
                .uri("/roles/{role}", ROLE)
                .headers(headers -> headers.setBearerAuth(token()))
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        http.post()
                .uri("/users/{id}/role-mappings/realm", userId)
                .headers(headers -> headers.setBearerAuth(token()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(role))
                .retrieve()
                .toBodilessEntity();
    }

    void delete(String userId) {
        http.delete()
                .uri("/users/{id}", userId)
                .headers(headers -> headers.setBearerAuth(token()))
                .retrieve()
                .toBodilessEntity();
    }

    private String token() {
        var client = clients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("keycloak-admin")
                .principal("samarbeid-registry")
                .build());
        if (client == null) {
            throw new IllegalStateException("No token for the Keycloak admin client");
        }
        return client.getAccessToken().getTokenValue();
    }
}
