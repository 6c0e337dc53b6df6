package no.samarbeid.slice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input gets RFC 9457 problem details in Norwegian by default, never internals, and writes nothing. */
@IntegrationTest
class ProblemDetailsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void malformedJsonIsAProblemWithoutInternals() {
        var response = api().send("oslo-fasilitator", "POST", "/api/workshops", "{\"title\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("status").asInt()).isEqualTo(400);
        assertThat(response.body().toString()).doesNotContain("Exception", "at no.samarbeid", "tools.jackson");
    }

    @Test
    void invalidFieldsAreListedInNorwegianAndNothingIsSaved() {
        int before = api().get("oslo-fasilitator", "/api/workshops").body().size();

        var response = api().post(
                        "oslo-fasilitator",
                        "/api/workshops",
                        Map.of(
                                "title",
                                "x".repeat(201),
                                "date",
                                LocalDate.now().plusDays(1).toString()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("title").asString()).isEqualTo("Ugyldige opplysninger");
        assertThat(response.body().path("errors").get(0).path("field").asString())
                .isEqualTo("title");
        assertThat(api().get("oslo-fasilitator", "/api/workshops").body().size())
                .isEqualTo(before);
    }

    @Test
    void aMissingTokenIsAnUnauthenticatedProblem() {
        var response = api().send(null, "GET", "/api/workshops", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body().path("code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void aParticipantMayNotScheduleWorkshops() {
        var response = api().post(
                        "oslo-deltaker",
                        "/api/workshops",
                        Map.of(
                                "title",
                                "Samarbeid",
                                "date",
                                LocalDate.now().plusDays(1).toString()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().path("type").asString()).endsWith("/workshop.facilitators-only");
    }

    @Test
    void anUnknownPathOrIdIsNotFound() {
        assertThat(api().get("oslo-fasilitator", "/api/nothing-here").status()).isEqualTo(404);
        var response = api().get("oslo-fasilitator", "/api/workshops/not-a-uuid");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("status").asInt()).isEqualTo(400);
    }

    private ApiClient api() {
        return new ApiClient(port);
    }
}
