package no.samarbeid.registry;

import static no.samarbeid.registry.RegistryApiIntegrationTests.freshNumber;
import static no.samarbeid.registry.RegistryJourneyEndToEndTests.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.support.FacilitatedWorkshop;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A municipality proposes a new entry from a mention its workshop made (real stack, through Kafka): the entry is
 * pending for the municipality and coordinators and the mention is linked to it, both or neither; another
 * municipality cannot propose from it.
 */
@IntegrationTest
public class MentionProposalIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aMentionBecomesAPendingEntryLinkedToItWhileBadInputAndOtherMunicipalitiesWriteNothing() {
        ApiClient api = new ApiClient(port);
        String name = "Ukjent Partner " + UUID.randomUUID().toString().substring(0, 6);
        String partnerId = mentioned(api, name, "NATIONAL");
        String path = "/api/registry/mentions/" + partnerId + "/proposal";
        String number = freshNumber();
        Map<String, Object> proposal = new HashMap<>(Map.of(
                "organisationNumber",
                number,
                "name",
                name + " AS",
                "organisationForm",
                "AS",
                "municipalityNumber",
                "0301",
                "profile",
                Map.of("services", List.of("Leksehjelp"), "reachNational", true)));

        Map<String, Object> wrongNumber = new HashMap<>(proposal);
        wrongNumber.put("organisationNumber", "123456789");
        var refused = api.post("oslo-admin", path, wrongNumber);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("field").asString()).isEqualTo("organisationNumber");
        assertThat(api.post("bergen-admin", path, proposal).status()).isEqualTo(404);
        assertThat(api.get("koordinator", "/api/registry/entrepreneurs/" + number)
                        .status())
                .isEqualTo(404);
        assertThat(find(api.get("oslo-admin", "/api/registry/mentions").body(), partnerId)
                        .path("linkedTo")
                        .toString())
                .isIn("null", "");

        var proposed = api.post("oslo-fasilitator", path, proposal);

        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
        assertThat(proposed.body().path("status").asString()).isEqualTo("PENDING");
        assertThat(proposed.body()
                        .path("profile")
                        .path("reach")
                        .path("national")
                        .asBoolean())
                .isTrue();
        assertThat(find(api.get("oslo-admin", "/api/registry/mentions").body(), partnerId)
                        .path("linkedTo")
                        .asString())
                .isEqualTo(number);
        assertThat(api.get("oslo-admin", "/api/registry/entrepreneurs/" + number)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("bergen-admin", "/api/registry/entrepreneurs/" + number)
                        .status())
                .isEqualTo(404);
        assertThat(api.post("oslo-admin", path, proposal).status()).isEqualTo(409);
    }

    /** Oslo's workshop names a partner on sheet 5; returns its id once Oslo's mentions list it. */
    public static String mentioned(ApiClient api, String name, String zone) {
        FacilitatedWorkshop workshop = FacilitatedWorkshop.create(api, "Forslag " + UUID.randomUUID());
        String table = workshop.addTable("Bord 1");
        workshop.lifecycle("start");
        workshop.open("potential-partners");
        String guest = workshop.joinToken("Kari", "SOCIAL_ENTREPRENEUR", table);
        var partner = api.sendAsGuest(
                guest,
                "POST",
                workshop.table(table, "partners"),
                Map.of("name", name, "delivers", "Leksehjelp", "zone", zone));
        assertThat(partner.status()).as(partner.body().toString()).isEqualTo(201);
        String partnerId = partner.body().path("id").asString();
        JsonNode mention = await().atMost(Duration.ofSeconds(90))
                .until(
                        () -> find(
                                api.get("oslo-admin", "/api/registry/mentions").body(), partnerId),
                        found -> found != null);
        assertThat(mention.path("name").asString()).isEqualTo(name);
        return partnerId;
    }
}
