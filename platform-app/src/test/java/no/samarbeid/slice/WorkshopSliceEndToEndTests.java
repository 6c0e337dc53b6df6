package no.samarbeid.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The thin slice across every part: a facilitator schedules a workshop through the API (PostgreSQL under row-level
 * security, outbox), reporting consumes the event from Kafka into Elasticsearch, and national search shows only
 * what municipalities share, while other municipalities never see it.
 */
@IntegrationTest
class WorkshopSliceEndToEndTests {

    private static final Duration INDEXED = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @AfterEach
    void osloSharesAgain() {
        api().put("oslo-admin", "/api/municipality/sharing", Map.of("sharesNationally", true));
    }

    /** A word only this test's workshops carry, so searches are not crowded by earlier runs' data. */
    private final String token =
            "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void aSharedWorkshopIsFoundNationallyByAnInflectedWord() {
        String title = "Samarbeid om arbeidstrening " + token;
        String id = schedule("oslo-fasilitator", title);

        await().atMost(INDEXED)
                .untilAsserted(() -> assertThat(nationalSearch("samarbeide " + token))
                        .anySatisfy(hit -> {
                            assertThat(hit.path("workshopId").asString()).isEqualTo(id);
                            assertThat(hit.path("title").asString()).isEqualTo(title);
                            assertThat(hit.path("municipalityNumber").asString())
                                    .isEqualTo("0301");
                        }));
    }

    @Test
    void aWorkshopOfAMunicipalityThatDoesNotShareIsNotFoundNationally() {
        String shared = schedule("oslo-fasilitator", "Samarbeid i Oslo " + token);
        String notShared = schedule("bergen-fasilitator", "Samarbeid i Bergen " + token);

        await().atMost(INDEXED)
                .until(() -> ids(nationalSearch("samarbeid " + token)).contains(shared));
        assertThat(ids(nationalSearch("samarbeid " + token))).doesNotContain(notShared);
        assertThat(ids(api().get("bergen-fasilitator", "/api/workshops/search?q=" + encode("samarbeid " + token))
                        .body()))
                .contains(notShared);
    }

    @Test
    void aWorkshopDisappearsFromNationalSearchWhenItsMunicipalityStopsSharing() {
        String id = schedule("oslo-fasilitator", "Samarbeid om møteplasser " + token);
        await().atMost(INDEXED)
                .until(() -> ids(nationalSearch("møteplasser " + token)).contains(id));

        var stopped = api().put("oslo-admin", "/api/municipality/sharing", Map.of("sharesNationally", false));

        assertThat(stopped.status()).isEqualTo(200);
        assertThat(stopped.body().path("sharesNationally").asBoolean()).isFalse();
        await().atMost(INDEXED)
                .until(() -> !ids(nationalSearch("møteplasser " + token)).contains(id));
    }

    @Test
    void aWorkshopItsAdminStopsSharingDisappearsFromNationalSearch() {
        String id = schedule("oslo-fasilitator", "Samarbeid om frivillighet " + token);
        await().atMost(INDEXED)
                .until(() -> ids(nationalSearch("frivillighet " + token)).contains(id));

        var changed = api().put("oslo-admin", "/api/workshops/" + id + "/sharing", Map.of("shared", false));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("shared").asBoolean()).isFalse();
        await().atMost(INDEXED)
                .until(() -> !ids(nationalSearch("frivillighet " + token)).contains(id));
        assertThat(api().put("oslo-fasilitator", "/api/workshops/" + id + "/sharing", Map.of("shared", true))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anotherMunicipalityNeitherReadsNorListsNorFindsTheWorkshop() {
        String title = "Samarbeid om lokalt arbeid " + token;
        String id = schedule("oslo-fasilitator", title);
        await().atMost(INDEXED)
                .until(() -> ids(api().get(
                                        "oslo-fasilitator", "/api/workshops/search?q=" + encode("samarbeid " + token))
                                .body())
                        .contains(id));

        var read = api().get("bergen-fasilitator", "/api/workshops/" + id);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body().path("title").asString()).doesNotContain(title);
        assertThat(ids(api().get("bergen-fasilitator", "/api/workshops").body()))
                .doesNotContain(id);
        assertThat(ids(api().get("bergen-fasilitator", "/api/workshops/search?q=" + encode("samarbeid " + token))
                        .body()))
                .doesNotContain(id);
        assertThat(api().get("oslo-fasilitator", "/api/workshops/" + id).status())
                .isEqualTo(200);
    }

    @Test
    void aNationalCoordinatorHasNoTenantAndIsRefusedTenantEndpoints() {
        var response = api().get("koordinator", "/api/workshops");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().path("code").asString()).isEqualTo("tenant-required");
    }

    @Test
    void aFacilitatorCannotUseNationalSearch() {
        assertThat(api().get("oslo-fasilitator", "/api/national/workshops?q=samarbeid")
                        .status())
                .isEqualTo(403);
    }

    private String schedule(String user, String title) {
        var response = api().post(
                        user,
                        "/api/workshops",
                        Map.of(
                                "title",
                                title,
                                "place",
                                "Rådhuset",
                                "date",
                                LocalDate.now().plusDays(30).toString()));
        assertThat(response.status()).isEqualTo(201);
        return response.body().path("id").asString();
    }

    private JsonNode nationalSearch(String query) {
        var response = api().get("koordinator", "/api/national/workshops?q=" + encode(query));
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static java.util.List<String> ids(JsonNode hits) {
        return hits.valueStream()
                .map(hit -> hit.has("workshopId")
                        ? hit.path("workshopId").asString()
                        : hit.path("id").asString())
                .toList();
    }

    private static String encode(String query) {
        return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }

    private ApiClient api() {
        return new ApiClient(port);
    }
}
