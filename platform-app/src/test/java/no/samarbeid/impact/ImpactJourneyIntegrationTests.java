package no.samarbeid.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import no.samarbeid.ApiClient;
import no.samarbeid.ApiClient.Response;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The "done when", end to end in the real stack: an Oslo workshop sketches a collaboration on sheet 6, names
 * two effects on sheet 7 and a measure on sheet 8, and agrees a next step on sheet 10; the collaboration appears in
 * Oslo at idé with those effects and an indicator (through Kafka), moves to pilot, gets a baseline and two
 * measurements, and the next step is an open task. Participants read but do not write.
 */
@IntegrationTest
class ImpactJourneyIntegrationTests {

    static final String FACILITATOR = "oslo-fasilitator";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Test
    void aSketchBecomesACollaborationThatIsFollowedUpToMeasuredEffects() {
        ApiClient api = new ApiClient(port);
        SketchedWorkshop workshop = SketchedWorkshop.sketch(api, "Kafé på sykehjemmet");

        JsonNode collaboration = workshop.awaitCollaboration();
        assertThat(collaboration.path("stage").asString()).isEqualTo("IDEA");
        assertThat(collaboration.path("theme").asString()).isEqualTo("HEALTH");
        assertThat(collaboration.path("entrepreneurName").asString()).isEqualTo(workshop.partner);
        assertThat(collaboration.path("origin").path("tableId").asString()).isEqualTo(workshop.table);
        assertThat(collaboration.path("effects").findValuesAsString("text"))
                .containsExactlyInAnyOrder("Færre sykemeldte", "Mer meningsfull hverdag");
        JsonNode indicator = collaboration.path("indicators").get(0);
        assertThat(indicator.path("name").asString()).isEqualTo("Antall i arbeidstrening");
        assertThat(indicator.path("fromWorkshop").asBoolean()).isTrue();

        String effects = workshop.table(workshop.table, "effects");
        Response foreignSketch = api.post(
                FACILITATOR,
                effects,
                Map.of("stakeholder", "CITIZEN", "text", "Uten skisse", "sketchId", java.util.UUID.randomUUID()));
        assertThat(foreignSketch.status()).as(foreignSketch.body().toString()).isEqualTo(400);
        assertThat(foreignSketch.body().path("field").asString()).isEqualTo("sketchId");
        assertThat(api.get(FACILITATOR, effects).body().findValuesAsString("text"))
                .doesNotContain("Uten skisse");

        String path = "/api/impact/collaborations/" + collaboration.path("id").asString();
        Map<String, Object> description = new java.util.HashMap<>(Map.of(
                "title", "Kafé på sykehjemmet",
                "theme", "arbeidsinkludering",
                "entrepreneurName", workshop.partner,
                "responsible", "Enhetsleder helse"));
        Response revised = api.put(FACILITATOR, path, description);
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(200);
        assertThat(revised.body().path("theme").asString()).isEqualTo("WORK_INCLUSION");
        assertThat(revised.body().path("origin").path("tableId").asString())
                .as("revising keeps the origin")
                .isEqualTo(workshop.table);
        description.put("sector", "x".repeat(121));
        Response tooLong = api.put(FACILITATOR, path, description);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("errors").findValuesAsString("field")).containsExactly("sector");
        assertThat(api.get(FACILITATOR, path).body().path("responsible").asString())
                .isEqualTo("Enhetsleder helse");
        Response moved = api.post(FACILITATOR, path + "/stage", Map.of("stage", "PILOT"));
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        assertThat(moved.body().path("history").findValuesAsString("toStage")).containsExactly("IDEA", "PILOT");

        String indicatorPath = path + "/indicators/" + indicator.path("id").asString();
        Response baseline = api.put(
                FACILITATOR,
                indicatorPath,
                Map.of(
                        "name",
                        "Antall i arbeidstrening",
                        "unit",
                        "PERSONS",
                        "baselineValue",
                        0,
                        "baselineDate",
                        "2027-01-01",
                        "targetValue",
                        10,
                        "targetDate",
                        "2027-12-31",
                        "frequency",
                        "kvartalsvis",
                        "dataSource",
                        "NAV",
                        "irisCode",
                        "PI4060"));
        assertThat(baseline.status()).as(baseline.body().toString()).isEqualTo(200);
        record(api, indicatorPath, 4, "2027-01-01", "2027-03-31");
        record(api, indicatorPath, 7, "2027-04-01", "2027-06-30");

        JsonNode followed = api.get(FACILITATOR, path).body();
        assertThat(followed.path("stage").asString()).isEqualTo("PILOT");
        assertThat(followed.path("indicators").get(0).path("baselineValue").asInt())
                .isZero();
        assertThat(followed.path("indicators").get(0).path("measurements").findValuesAsString("periodTo"))
                .containsExactly("2027-03-31", "2027-06-30");

        JsonNode cids = api.get(FACILITATOR, path + "/cids").body();
        assertThat(cids.path("@context").asString())
                .isEqualTo("https://ontology.commonapproach.org/contexts/cidsContext.jsonld");
        assertThat(cids.path("@graph").findValuesAsString("@type"))
                .contains("cids:Organization", "cids:Theme", "cids:Outcome", "cids:Indicator", "cids:IndicatorReport");
        assertThat(cids.path("@graph").findValues("hasNumericalValue").stream().map(JsonNode::asString))
                .contains("0", "4", "7");

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(
                                api.get(FACILITATOR, "/api/impact/next-steps").body().findValues("text").stream()
                                        .map(JsonNode::asString))
                        .contains(workshop.nextStep));
        JsonNode step = stepOf(api, workshop.nextStep);
        assertThat(step.path("status").asString()).isEqualTo("OPEN");
        assertThat(step.path("workshopId").asString()).isEqualTo(workshop.id);

        Response participantWrites = api.post("oslo-deltaker", path + "/stage", Map.of("stage", "AGREEMENT"));
        assertThat(participantWrites.status()).isEqualTo(403);
        assertThat(api.get("oslo-deltaker", path).status()).isEqualTo(200);
        assertThat(api.get("bergen-fasilitator", path).status()).isEqualTo(404);
    }

    private static JsonNode stepOf(ApiClient api, String text) {
        for (JsonNode step : api.get(FACILITATOR, "/api/impact/next-steps").body()) {
            if (text.equals(step.path("text").asString())) {
                return step;
            }
        }
        throw new AssertionError("No next step " + text);
    }

    private static void record(ApiClient api, String indicatorPath, int value, String from, String to) {
        Response recorded = api.post(
                FACILITATOR,
                indicatorPath + "/measurements",
                Map.of("value", value, "periodFrom", from, "periodTo", to, "source", "NAV", "comment", ""));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
    }
}
