package no.samarbeid.core.tenancy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The realm's organizations (one per municipality, alias = kommunenummer) through the Keycloak Admin REST API,
 * authenticated as the {@code samarbeid-admin} service account.
 */
@Component
class KeycloakOrganizations {

    private final RestClient http;
    private final AuthorizedClientServiceOAuth2AuthorizedClientManager clients;

    KeycloakOrganizations(
            KeycloakAdminProperties properties,
            AuthorizedClientServiceOAuth2AuthorizedClientManager keycloakAdminClients) {
        this.http = RestClient.builder().baseUrl(properties.realmAdminUrl()).build();
        this.clients = keycloakAdminClients;
    }

    /** Creates an organization and returns its Keycloak id. */
    String create(String alias, String name) {
        URI location = http.post()
                .uri("/organizations")
                .headers(headers -> headers.setBearerAuth(token()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "name",
                        name,
                        "alias",
                        alias,
                        "enabled",
                        true,
                        "domains",
                        List.of(Map.of("name", "kommune-" + alias + ".samarbeid.local"))))
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
        if (location == null) {
            throw new IllegalStateException("Keycloak created organization " + alias + " without a location");
        }
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The organization with the alias; the API searches names and domains only, so the list is filtered here. */
    /** The organization with the alias; the API searches names and domains only, so the list is filtered here. */
    Optional<String> findIdByAlias(String alias) {
        List<Map<String, Object>> found = http.get()
                .uri(uri -> uri.path("/organizations")
                        .queryParam("briefRepresentation", true)
                        .queryParam("max", 2000)
                        .build())
                .headers(headers -> headers.setBearerAuth(token()))
                .retrieve()
                .body(new org.springframework.core.ParameterizedTypeReference<>() {});
        return found == null
                ? Optional.empty()
                : found.stream()
                        .filter(org -> alias.equals(org.get("alias")))
                        .map(org -> (String) org.get("id"))
                        .findFirst();
    }

    void delete(String id) {
        http.delete()
                .uri("/organizations/{id}", id)
                .headers(headers -> headers.setBearerAuth(token()))
                .retrieve()
                .toBodilessEntity();
    }

    private String token() {
        var client = clients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("keycloak-admin")
                .principal("samarbeid-platform")
                .build());
        if (client == null) {
            throw new IllegalStateException("No token for the Keycloak admin client");
        }
        return client.getAccessToken().getTokenValue();
    }

    /** Where the realm's admin API is. */
    @ConfigurationProperties("samarbeid.keycloak")
    record KeycloakAdminProperties(String realmAdminUrl) {}
}
