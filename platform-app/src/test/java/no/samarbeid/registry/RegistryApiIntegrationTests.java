package no.samarbeid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The register's API in the real stack: proposals, who sees pending entries, verification, merges that redirect and
 * keep history, Norwegian full text and facets, and bad input refused naming the field with nothing written.
 */
@IntegrationTest
public class RegistryApiIntegrationTests {

    @LocalServerPort
    int port;

    /** A fresh, valid organisation number (prefix 2: never issued by Enhetsregisteret). */
    public static String freshNumber() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String base =
                    "2" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (base.charAt(i) - '0') * weights[i];
            }
            int remainder = sum % 11;
            if (remainder != 1) {
                return base + (remainder == 0 ? 0 : 11 - remainder);
            }
        }
    }

    public static Map<String, Object> proposal(String number, String name, String description) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("description", description);
        profile.put("services", List.of("Arbeidstrening"));
        profile.put("themes", List.of("arbeidsinkludering"));
        profile.put("reachMunicipalities", List.of("0301"));
        Map<String, Object> body = new HashMap<>();
        body.put("organisationNumber", number);
        body.put("name", name);
        body.put("organisationForm", "AS");
        body.put("nonprofit", true);
        body.put("industryCode", "88.991");
        body.put("municipalityNumber", "0301");
        body.put("profile", profile);
        return body;
    }

    @Test
    void aProposalIsPendingForItsMunicipalityAndCoordinatorsUntilVerified() {
        ApiClient api = new ApiClient(port);
        String number = freshNumber();
        var created = api.post(
                "oslo-fasilitator",
                "/api/registry/entrepreneurs",
                proposal(number, "Testbedriften " + number, "Vi tilbyr arbeidstreningen folk trenger"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("status").asString()).isEqualTo("PENDING");

        String path = "/api/registry/entrepreneurs/" + number;
        assertThat(api.send(null, "GET", path, null).status()).isEqualTo(404);
        assertThat(api.get("bergen-admin", path).status()).isEqualTo(404);
        assertThat(api.get("oslo-admin", path).status()).isEqualTo(200);
        assertThat(api.get("koordinator", path).status()).isEqualTo(200);
        assertThat(api.post("oslo-admin", path + "/verification", Map.of("decision", "VERIFY"))
                        .status())
                .isEqualTo(403);

        var verified = api.post("koordinator", path + "/verification", Map.of("decision", "VERIFY"));
        assertThat(verified.body().path("status").asString()).isEqualTo("VERIFIED");
        assertThat(api.send(null, "GET", path, null).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode found = api.send(null, "GET", "/api/registry/entrepreneurs?q=arbeidstrening&deliversIn=0301", null)
                    .body();
            assertThat(found.path("hits").toString()).contains(number);
            assertThat(found.path("facets").path("themes").toString()).contains("arbeidsinkludering");
        });
        JsonNode history = api.get("koordinator", path + "/history").body();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("changedBy").asString()).isEqualTo("koordinator");
        assertThat(history.get(1).path("changedBy").asString()).isEqualTo("oslo-fasilitator");
    }

    @Test
    void aMergedEntryRedirectsToTheSurvivorAndKeepsItsHistory() {
        ApiClient api = new ApiClient(port);
        String survivor = freshNumber();
        String duplicate = freshNumber();
        assertThat(api.post("koordinator", "/api/registry/entrepreneurs", proposal(survivor, "Dobbel AS", "x"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post("koordinator", "/api/registry/entrepreneurs", proposal(duplicate, "Dobbel A/S", "x"))
                        .status())
                .isEqualTo(201);

        var itself = api.post("koordinator", "/api/registry/merges", Map.of("survivor", survivor, "merged", survivor));
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.body().path("field").asString()).isEqualTo("merged");

        var merged = api.post("koordinator", "/api/registry/merges", Map.of("survivor", survivor, "merged", duplicate));
        assertThat(merged.status()).as(merged.body().toString()).isEqualTo(200);
        var redirect = api.send(null, "GET", "/api/registry/entrepreneurs/" + duplicate, null);
        assertThat(redirect.status()).isEqualTo(301);
        JsonNode history = api.get("koordinator", "/api/registry/entrepreneurs/" + duplicate + "/history")
                .body();
        assertThat(history.get(0).path("kind").asString()).isEqualTo("MERGED");
    }

    @Test
    void badInputIsRefusedInNorwegianNamingTheFieldAndNothingIsWritten() {
        ApiClient api = new ApiClient(port);
        String number = freshNumber();
        Map<String, Object> wrongNumber =
                proposal(number.substring(0, 8) + ((number.charAt(8) - '0' + 1) % 10), "Feil", "x");
        expectRefused(
                api.post("oslo-admin", "/api/registry/entrepreneurs", wrongNumber),
                400,
                "organisationNumber",
                "Ugyldig organisasjonsnummer");

        Map<String, Object> unknownTheme = proposal(number, "Feil", "x");
        ((Map<String, Object>) unknownTheme.get("profile")).put("themes", List.of("astrologi"));
        expectRefused(
                api.post("oslo-admin", "/api/registry/entrepreneurs", unknownTheme),
                400,
                "profile.themes[0]",
                "Ukjent tema");

        Map<String, Object> unknownMunicipality = proposal(number, "Feil", "x");
        unknownMunicipality.put("municipalityNumber", "9999");
        expectRefused(
                api.post("oslo-admin", "/api/registry/entrepreneurs", unknownMunicipality),
                400,
                "municipalityNumber",
                "Ukjent kommune");

        expectRefused(
                api.post("oslo-admin", "/api/registry/entrepreneurs", proposal(number, "Feil", "x".repeat(2001))),
                400,
                "profile.description",
                "Ugyldig tekst");
        assertThat(api.get("koordinator", "/api/registry/entrepreneurs/" + number)
                        .status())
                .isEqualTo(404);

        assertThat(api.post("oslo-admin", "/api/registry/entrepreneurs", proposal(number, "Riktig", "x"))
                        .status())
                .isEqualTo(201);
        expectRefused(
                api.post("trondheim-admin", "/api/registry/entrepreneurs", proposal(number, "Igjen", "x")),
                409,
                "organisationNumber",
                "Finnes allerede");
        assertThat(api.get("koordinator", "/api/registry/entrepreneurs/" + number)
                        .body()
                        .path("entry")
                        .path("name")
                        .asString())
                .isEqualTo("Riktig");
    }

    @Test
    void aCoordinatorCorrectsTheRegisterDataWhichIsVersionedSearchableAndCheckedFieldByField() {
        ApiClient api = new ApiClient(port);
        String number = freshNumber();
        assertThat(api.post("koordinator", "/api/registry/entrepreneurs", proposal(number, "Gammelt Navn AS", "x"))
                        .status())
                .isEqualTo(201);
        String path = "/api/registry/entrepreneurs/" + number + "/data";
        Map<String, Object> data = new HashMap<>(Map.of(
                "name",
                "Sykkelkollektivet SA",
                "organisationForm",
                "SA",
                "industryCode",
                "88.991",
                "municipalityNumber",
                "4601"));

        Map<String, Object> nonprofitSa = new HashMap<>(data);
        nonprofitSa.put("nonprofit", true);
        expectRefused(
                api.put("koordinator", path, nonprofitSa), 400, "nonprofit", "Ideelt AS gjelder bare aksjeselskap");
        Map<String, Object> unknownForm = new HashMap<>(data);
        unknownForm.put("organisationForm", "XYZ");
        expectRefused(api.put("koordinator", path, unknownForm), 400, "organisationForm", "Ukjent organisasjonsform");
        Map<String, Object> unknownMunicipality = new HashMap<>(data);
        unknownMunicipality.put("municipalityNumber", "0000");
        expectRefused(api.put("koordinator", path, unknownMunicipality), 400, "municipalityNumber", "Ukjent kommune");
        Map<String, Object> longName = new HashMap<>(data);
        longName.put("name", "x".repeat(201));
        expectRefused(api.put("koordinator", path, longName), 400, "name", "Ugyldig tekst");
        assertThat(api.put("oslo-admin", path, data).status()).isEqualTo(403);
        assertThat(api.get("koordinator", "/api/registry/entrepreneurs/" + number + "/history")
                        .body())
                .hasSize(1);

        var changed = api.put("koordinator", path, data);

        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.body().path("name").asString()).isEqualTo("Sykkelkollektivet SA");
        assertThat(changed.body().path("organisationForm").asString()).isEqualTo("SA");
        assertThat(changed.body().path("municipalityName").asString()).isEqualTo("Bergen");
        JsonNode latest = api.get("koordinator", "/api/registry/entrepreneurs/" + number + "/history")
                .body()
                .get(0);
        assertThat(latest.path("kind").asString()).isEqualTo("DATA");
        assertThat(latest.path("fields").toString())
                .contains("name", "organisationForm", "nonprofit", "municipalityNumber")
                .doesNotContain("industryCode");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.send(
                                        null,
                                        "GET",
                                        "/api/registry/entrepreneurs?q=sykkelkollektivet&form=SA&county=46",
                                        null)
                                .body()
                                .path("hits")
                                .toString())
                        .contains(number));
    }

    @Test
    void publicAndCoordinatorEndpointsNeedNoMunicipality() {
        ApiClient api = new ApiClient(port);
        assertThat(api.send(null, "GET", "/api/registry/entrepreneurs", null).status())
                .isEqualTo(200);
        assertThat(api.get("koordinator", "/api/registry/entrepreneurs?status=PENDING")
                        .status())
                .isEqualTo(200);
        assertThat(api.send(null, "GET", "/api/registry/entrepreneurs?status=PENDING", null)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("koordinator", "/api/registry/mentions").status()).isEqualTo(403);
        assertThat(api.send(null, "POST", "/api/registry/entrepreneurs", proposal(freshNumber(), "x", "x"))
                        .status())
                .isEqualTo(401);
    }

    private static void expectRefused(ApiClient.Response response, int status, String field, String title) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.body().path("field").asString()).isEqualTo(field);
        assertThat(response.body().path("title").asString()).isEqualTo(title);
        assertThat(response.body().path("detail").asString()).isNotBlank();
    }
}
