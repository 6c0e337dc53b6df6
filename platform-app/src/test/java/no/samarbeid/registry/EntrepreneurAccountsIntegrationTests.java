package no.samarbeid.registry;

import static no.samarbeid.registry.RegistryApiIntegrationTests.freshNumber;
import static no.samarbeid.registry.RegistryApiIntegrationTests.proposal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.infra.stack.DemoTokens;
import no.samarbeid.support.RealmAdmin;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Entrepreneurs' accounts in the real stack (Keycloak's admin API, PostgreSQL): a coordinator creates a user linked to
 * an entry, or a user who registered in the realm asks for the link and a coordinator approves or rejects it; the
 * linked entrepreneur keeps their own entry's profile and no other's; bad input names the field, nothing written.
 */
@IntegrationTest
class EntrepreneurAccountsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aCoordinatorCreatesAnEntrepreneurWhoKeepsTheirOwnEntryAndNoOther() {
        ApiClient api = new ApiClient(port);
        String own = verifiedEntry(api, "Egen Bedrift AS");
        String other = verifiedEntry(api, "Annen Bedrift AS");
        String username = "entreprenor-" + UUID.randomUUID().toString().substring(0, 8);

        var created = api.post("koordinator", "/api/registry/entrepreneurs/" + own + "/accounts", account(username));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("username").asString()).isEqualTo(username);
        assertThat(created.body().path("temporaryPassword").asString()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(RealmAdmin.realmRoles(username)).contains("ENTREPRENEUR");
        assertThat(RealmAdmin.requiredActions(username)).containsExactly("UPDATE_PASSWORD");

        RealmAdmin.choosePassword(username);
        var saved = api.put(username, "/api/registry/entrepreneurs/" + own + "/profile", profile("Vi lager mat"));
        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
        assertThat(saved.body().path("profile").path("description").asString()).isEqualTo("Vi lager mat");
        JsonNode history = api.get("koordinator", "/api/registry/entrepreneurs/" + own + "/history")
                .body();
        assertThat(history.get(0).path("changedBy").asString()).isEqualTo(username);
        assertThat(history.get(0).path("kind").asString()).isEqualTo("PROFILE_BY_ENTREPRENEUR");

        var foreign = api.put(username, "/api/registry/entrepreneurs/" + other + "/profile", profile("Kapret"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(api.send(null, "GET", "/api/registry/entrepreneurs/" + other, null)
                        .body()
                        .path("entry")
                        .path("profile")
                        .path("description")
                        .asString())
                .isEqualTo("x");
        assertThat(api.get(username, "/api/registry/link-requests/mine")
                        .body()
                        .path("status")
                        .asString())
                .isEqualTo("APPROVED");

        var again = api.post("koordinator", "/api/registry/entrepreneurs/" + other + "/accounts", account(username));
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get(username, "/api/registry/link-requests/mine")
                        .body()
                        .path("organisationNumber")
                        .asString())
                .isEqualTo(own);
    }

    @Test
    void badInputForANewAccountNamesTheFieldAndCreatesNoUser() {
        ApiClient api = new ApiClient(port);
        String entry = verifiedEntry(api, "Feilfri AS");
        String username = "feil-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/registry/entrepreneurs/" + entry + "/accounts";

        Map<String, Object> badEmail = account(username);
        badEmail.put("email", "ikke-en-adresse");
        Map<String, Object> noName = account(username);
        noName.put("lastName", " ");
        for (var bad : Map.of(
                        "username", account("Store Bokstaver"),
                        "email", badEmail,
                        "lastName", noName)
                .entrySet()) {
            var refused = api.post("koordinator", path, bad.getValue());
            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
            assertThat(refused.body().path("field").asString()).isEqualTo(bad.getKey());
        }
        assertThat(RealmAdmin.idOf(username)).isEmpty();
        assertThat(api.post("oslo-admin", path, account(username)).status()).isEqualTo(403);
        assertThat(api.post(
                                "koordinator",
                                "/api/registry/entrepreneurs/" + freshNumber() + "/accounts",
                                account(username))
                        .status())
                .isEqualTo(404);
        assertThat(RealmAdmin.idOf(username)).isEmpty();
    }

    @Test
    void aRegisteredUserAsksToKeepAnEntryAndMayEditItOnceACoordinatorApproved() {
        ApiClient api = new ApiClient(port);
        String own = verifiedEntry(api, "Spurt Om AS");
        String other = verifiedEntry(api, "Ikke Din AS");
        String username = "registrert-" + UUID.randomUUID().toString().substring(0, 8);
        RealmAdmin.registerUser(username);

        var invalid = api.post(username, "/api/registry/link-requests", Map.of("organisationNumber", "123456789"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("field").asString()).isEqualTo("organisationNumber");
        assertThat(api.get(username, "/api/registry/link-requests/mine").status())
                .isEqualTo(404);

        var asked = api.post(username, "/api/registry/link-requests", Map.of("organisationNumber", own));
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(201);
        assertThat(asked.body().path("status").asString()).isEqualTo("PENDING");
        assertThat(asked.body().path("email").asString()).isEqualTo(username + "@samarbeid.example");
        assertThat(api.post(username, "/api/registry/link-requests", Map.of("organisationNumber", other))
                        .status())
                .isEqualTo(409);
        assertThat(api.put(username, "/api/registry/entrepreneurs/" + own + "/profile", profile("For tidlig"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("oslo-admin", "/api/registry/link-requests").status())
                .isEqualTo(403);
        assertThat(api.post("oslo-admin", "/api/registry/link-requests", Map.of("organisationNumber", own))
                        .status())
                .isEqualTo(403);

        String id = asked.body().path("id").asString();
        assertThat(api.get("koordinator", "/api/registry/link-requests").body().toString())
                .contains(id);
        var wrong =
                api.post("koordinator", "/api/registry/link-requests/" + id + "/decision", Map.of("decision", "JA"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().path("field").asString()).isEqualTo("decision");
        var approved = api.post(
                "koordinator", "/api/registry/link-requests/" + id + "/decision", Map.of("decision", "APPROVE"));
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        assertThat(approved.body().path("status").asString()).isEqualTo("APPROVED");
        assertThat(RealmAdmin.realmRoles(username)).contains("ENTREPRENEUR");
        assertThat(api.post(
                                "koordinator",
                                "/api/registry/link-requests/" + id + "/decision",
                                Map.of("decision", "REJECT"))
                        .status())
                .isEqualTo(409);

        DemoTokens.forget(username);
        assertThat(api.put(username, "/api/registry/entrepreneurs/" + own + "/profile", profile("Nå er det mitt"))
                        .status())
                .isEqualTo(200);
        assertThat(api.put(username, "/api/registry/entrepreneurs/" + other + "/profile", profile("Kapret"))
                        .status())
                .isEqualTo(403);
        assertThat(api.send(null, "GET", "/api/registry/entrepreneurs/" + own, null)
                        .body()
                        .path("entry")
                        .path("profile")
                        .path("description")
                        .asString())
                .isEqualTo("Nå er det mitt");
    }

    @Test
    void aRejectedRequestIsGoneAndTheUserMayAskAgain() {
        ApiClient api = new ApiClient(port);
        String entry = verifiedEntry(api, "Avvist AS");
        String username = "avvist-" + UUID.randomUUID().toString().substring(0, 8);
        RealmAdmin.registerUser(username);
        String id = api.post(username, "/api/registry/link-requests", Map.of("organisationNumber", entry))
                .body()
                .path("id")
                .asString();

        var rejected = api.post(
                "koordinator", "/api/registry/link-requests/" + id + "/decision", Map.of("decision", "REJECT"));

        assertThat(rejected.body().path("status").asString()).isEqualTo("REJECTED");
        assertThat(api.get(username, "/api/registry/link-requests/mine").status())
                .isEqualTo(404);
        assertThat(RealmAdmin.realmRoles(username)).doesNotContain("ENTREPRENEUR");
        assertThat(api.get("koordinator", "/api/registry/link-requests").body().toString())
                .doesNotContain(id);
        assertThat(api.post(username, "/api/registry/link-requests", Map.of("organisationNumber", entry))
                        .status())
                .isEqualTo(201);
    }

    private static String verifiedEntry(ApiClient api, String name) {
        String number = freshNumber();
        var created = api.post("koordinator", "/api/registry/entrepreneurs", proposal(number, name, "x"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return number;
    }

    static Map<String, Object> account(String username) {
        Map<String, Object> account = new java.util.HashMap<>();
        account.put("username", username);
        account.put("email", username.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@samarbeid.example");
        account.put("firstName", "Kari");
        account.put("lastName", "Gründer");
        return account;
    }

    private static Map<String, Object> profile(String description) {
        return Map.of("description", description, "themes", java.util.List.of("helse"));
    }
}
