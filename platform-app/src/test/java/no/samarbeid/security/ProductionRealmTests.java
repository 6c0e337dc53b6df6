package no.samarbeid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production realm file ({@code infra/keycloak/production/samarbeid-realm.json}) is the development realm without
 * what only development may have: no demo users and municipalities, no password-grant client ({@code samarbeid-cli}),
 * no secrets or loopback addresses in the file, TLS required; and it keeps what the app relies on: the same roles and
 * clients' mappers, among them the {@code samarbeid-api} audience the API checks.
 */
class ProductionRealmTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JsonNode production = read("../infra/keycloak/production/samarbeid-realm.json");
    private final JsonNode development = read("../infra/keycloak/realm-samarbeid.json");

    @Test
    void hasNoDemoUsersNoDemoMunicipalitiesAndNoPasswordGrant() {
        assertThat(production
                        .path("users")
                        .valueStream()
                        .map(user -> user.path("username").asString()))
                .containsExactly("service-account-samarbeid-admin");
        assertThat(production.path("organizations").isEmpty()).isTrue();
        assertThat(clientIds(production)).containsExactly("samarbeid-web", "samarbeid-admin");
        assertThat(production.path("clients").valueStream())
                .allSatisfy(client -> assertThat(
                                client.path("directAccessGrantsEnabled").asBoolean())
                        .isFalse());
        assertThat(production.path("sslRequired").asString()).isEqualTo("all");
    }

    @Test
    void holdsNoSecretsNorLocalAddresses() {
        assertThat(production.path("clients").valueStream())
                .filteredOn(client -> client.has("secret"))
                .allSatisfy(
                        client -> assertThat(client.path("secret").asString()).matches("\\$\\{[A-Z_]+}"));
        assertThat(production.toString()).doesNotContain("127.0.0.1", "localhost", "dev-secret", "\"demo\"");
    }

    @Test
    void keepsTheRolesAndTheApiAudienceOfTheDevelopmentRealm() {
        assertThat(production.path("roles")).isEqualTo(development.path("roles"));
        JsonNode web = client(production, "samarbeid-web");
        assertThat(web.path("protocolMappers").valueStream())
                .anySatisfy(mapper -> assertThat(mapper.path("config")
                                .path("included.custom.audience")
                                .asString())
                        .isEqualTo("samarbeid-api"));
        assertThat(web.path("protocolMappers"))
                .isEqualTo(client(development, "samarbeid-web").path("protocolMappers"));
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asString())
                .isEqualTo("S256");
    }

    private static List<String> clientIds(JsonNode realm) {
        return realm.path("clients")
                .valueStream()
                .map(c -> c.path("clientId").asString())
                .toList();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return realm.path("clients")
                .valueStream()
                .filter(c -> c.path("clientId").asString().equals(clientId))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode read(String path) {
        return JSON.readTree(Path.of(path).toFile());
    }
}
