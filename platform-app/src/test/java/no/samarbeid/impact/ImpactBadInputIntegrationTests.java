package no.samarbeid.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.samarbeid.ApiClient;
import no.samarbeid.ApiClient.Response;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The bad input, each answered with problem details that name the field, and nothing written: a
 * measurement for an unknown indicator, a period that ends before it starts, a negative count, a stage jump that is
 * not allowed, a percentage over 100.
 */
@IntegrationTest
class ImpactBadInputIntegrationTests {

    private static final String ADMIN = "oslo-admin";

    @LocalServerPort
    int port;

    private ApiClient api;
    private String collaboration;

    @BeforeEach
    void aCollaborationByHand() {
        api = new ApiClient(port);
        Response started = api.post(
                ADMIN,
                "/api/impact/collaborations",
                Map.of(
                        "title",
                        "Arbeidstrening i parken",
                        "theme",
                        "arbeidsinkludering",
                        "entrepreneurName",
                        "Grønn jobb",
                        "entrepreneurOrgnr",
                        "123456785",
                        "responsible",
                        "Enhetsleder"));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
        collaboration =
                "/api/impact/collaborations/" + started.body().path("id").asString();
    }

    @Test
    void aMeasurementForAnUnknownIndicatorIsRefusedNamingTheIndicator() {
        Response refused = api.post(
                ADMIN, collaboration + "/indicators/" + java.util.UUID.randomUUID() + "/measurements", measurement(3));

        assertRefused(refused, 404, "indicatorId");
    }

    @Test
    void aPeriodEndingBeforeItStartsANegativeCountAndAPercentOverAHundredAreRefused() {
        String count = indicator("COUNT");
        String percent = indicator("PERCENT");

        Map<String, Object> backwards = Map.of("value", 1, "periodFrom", "2027-03-31", "periodTo", "2027-01-01");
        assertRefused(api.post(ADMIN, count + "/measurements", backwards), 400, "periodTo");
        assertRefused(api.post(ADMIN, count + "/measurements", measurement(-1)), 400, "value");
        assertRefused(api.post(ADMIN, percent + "/measurements", measurement(101)), 400, "value");

        JsonNode indicators = api.get(ADMIN, collaboration).body().path("indicators");
        assertThat(indicators.findValues("measurements"))
                .allSatisfy(m -> assertThat(m.size()).isZero());
    }

    @Test
    void aStageJumpThatIsNotAllowedIsRefusedAndTheStageStays() {
        assertRefused(api.post(ADMIN, collaboration + "/stage", Map.of("stage", "EVALUATED")), 409, "stage");
        assertRefused(api.post(ADMIN, collaboration + "/stage", Map.of("stage", "CLOSED")), 400, "reason");

        JsonNode after = api.get(ADMIN, collaboration).body();
        assertThat(after.path("stage").asString()).isEqualTo("IDEA");
        assertThat(after.path("history").size()).isEqualTo(1);
    }

    @Test
    void anUnknownThemeAndABadIrisCodeAreRefusedNamingTheField() {
        assertRefused(
                api.post(
                        ADMIN,
                        "/api/impact/collaborations",
                        Map.of("title", "X", "theme", "romfart", "entrepreneurName", "Y")),
                400,
                "theme");
        assertRefused(
                api.post(ADMIN, collaboration + "/indicators", Map.of("name", "X", "unit", "COUNT", "irisCode", "X1")),
                400,
                "irisCode");
    }

    private String indicator(String unit) {
        Response defined = api.post(ADMIN, collaboration + "/indicators", Map.of("name", "Deltakere", "unit", unit));
        assertThat(defined.status()).as(defined.body().toString()).isEqualTo(201);
        return collaboration + "/indicators/" + defined.body().path("id").asString();
    }

    private static Map<String, Object> measurement(int value) {
        return Map.of("value", value, "periodFrom", "2027-01-01", "periodTo", "2027-03-31");
    }

    private static void assertRefused(Response response, int status, String field) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.body().path("type").asString()).isNotBlank();
        assertThat(response.body().path("title").asString()).isNotBlank();
        assertThat(response.body().path("errors").findValuesAsString("field")).contains(field);
    }
}
