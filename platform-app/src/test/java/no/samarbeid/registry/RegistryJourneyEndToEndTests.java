package no.samarbeid.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.support.FacilitatedWorkshop;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The register fed by a real workshop, through Kafka, in the real stack: an Oslo table names a demo entry on sheet
 * 5, spelled a little differently; Oslo's mentions list it with the verified entry first; Oslo confirms; the
 * coordinator counts the municipality in Oslo's county while the public sees no count; the partner is taken off the
 * sheet and the count drops back. Bergen sees none of Oslo's mentions.
 */
@IntegrationTest
class RegistryJourneyEndToEndTests {

    static final String GRONN_VEKST = "110000014";

    @LocalServerPort
    int port;

    @Test
    void aMentionOnSheetFiveIsMatchedConfirmedCountedAndRetracted() {
        ApiClient api = new ApiClient(port);
        JsonNode before = api.get("koordinator", "/api/registry/entrepreneurs/" + GRONN_VEKST)
                .body();
        long workshopsBefore = before.path("mentions").path("workshops").asLong();

        FacilitatedWorkshop workshop = FacilitatedWorkshop.create(api, "Registeret " + UUID.randomUUID());
        String table = workshop.addTable("Bord 1");
        workshop.lifecycle("start");
        workshop.open("potential-partners");
        String guest = workshop.joinToken("Kari", "SOCIAL_ENTREPRENEUR", table);
        var partner = api.sendAsGuest(
                guest,
                "POST",
                workshop.table(table, "partners"),
                Map.of("name", "Gronn Vekst Arbeidstrenning", "delivers", "Arbeidstrening", "zone", "MUNICIPALITY"));
        assertThat(partner.status()).as(partner.body().toString()).isEqualTo(201);
        String partnerId = partner.body().path("id").asString();

        JsonNode mention = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> find(
                                api.get("oslo-admin", "/api/registry/mentions").body(), partnerId),
                        found -> found != null && found.path("suggestions").size() > 0);
        assertThat(mention.path("name").asString()).isEqualTo("Gronn Vekst Arbeidstrenning");
        assertThat(mention.path("suggestions").get(0).path("organisationNumber").asString())
                .isEqualTo(GRONN_VEKST);
        assertThat(find(api.get("bergen-admin", "/api/registry/mentions").body(), partnerId))
                .isNull();
        var bergenLink = api.post(
                "bergen-admin",
                "/api/registry/mentions/" + partnerId + "/link",
                Map.of("organisationNumber", GRONN_VEKST, "decision", "CONFIRM"));
        assertThat(bergenLink.status()).isEqualTo(404);

        var linked = api.post(
                "oslo-admin",
                "/api/registry/mentions/" + partnerId + "/link",
                Map.of("organisationNumber", GRONN_VEKST, "decision", "CONFIRM"));
        assertThat(linked.status()).as(linked.body().toString()).isEqualTo(200);
        assertThat(linked.body().path("linkedTo").asString()).isEqualTo(GRONN_VEKST);

        JsonNode counted = api.get("koordinator", "/api/registry/entrepreneurs/" + GRONN_VEKST)
                .body();
        assertThat(counted.path("mentions").path("workshops").asLong()).isEqualTo(workshopsBefore + 1);
        assertThat(counted.path("mentions").path("municipalities").asLong()).isGreaterThanOrEqualTo(1);
        if (workshopsBefore == 0) {
            assertThat(counted.path("mentions").path("municipalities").asLong()).isEqualTo(1);
        }
        assertThat(counted.path("mentions").path("counties").toString()).contains("\"03\"");
        var publicView = api.send(null, "GET", "/api/registry/entrepreneurs/" + GRONN_VEKST, null);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.body().path("mentions").isNull()).isTrue();

        var removed = api.sendAsGuest(guest, "DELETE", workshop.table(table, "partners") + "/" + partnerId, null);
        assertThat(removed.status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.get("koordinator", "/api/registry/entrepreneurs/" + GRONN_VEKST)
                                .body()
                                .path("mentions")
                                .path("workshops")
                                .asLong())
                        .isEqualTo(workshopsBefore));
        assertThat(find(api.get("oslo-admin", "/api/registry/mentions").body(), partnerId))
                .isNull();
    }

    static JsonNode find(JsonNode mentions, String id) {
        for (JsonNode mention : mentions) {
            if (mention.path("id").asString().equals(id)) {
                return mention;
            }
        }
        return null;
    }
}
