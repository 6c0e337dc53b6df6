package no.samarbeid.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.samarbeid.IntegrationTest;
import no.samarbeid.core.tenancy.Onboarding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** The search API refuses bad queries and the wrong callers with problem details. */
@IntegrationTest
class WorkshopSearchApiIntegrationTests {

    private final ReportingApi api;

    @Autowired
    WorkshopSearchApiIntegrationTests(@Value("${local.server.port}") int port, Onboarding onboarding) {
        this.api = new ReportingApi(port);
        onboarding.register("0301", true);
    }

    @Test
    void refusesAMissingBlankOrTooLongQueryInTheCallersLanguage() {
        String tooLong = "a".repeat(201);
        for (String path : new String[] {
            "/api/national/workshops", "/api/national/workshops?q=%20%20", "/api/national/workshops?q=" + tooLong
        }) {
            JsonNode problem = problem(api.get(path, "koordinator", "nb"), 400);
            assertThat(problem.path("code").asString()).isEqualTo("search-query");
            assertThat(problem.path("detail").asString()).isEqualTo("Skriv et søk på mellom 1 og 200 tegn.");
        }
        assertThat(problem(api.get("/api/workshops/search?q=", "oslo-fasilitator", "nn"), 400)
                        .path("detail")
                        .asString())
                .isEqualTo("Skriv eit søk på mellom 1 og 200 teikn.");
        assertThat(problem(api.get("/api/workshops/search?q=" + tooLong, "oslo-fasilitator", "en"), 400)
                        .path("title")
                        .asString())
                .isEqualTo("Invalid search");
    }

    @Test
    void acceptsAQueryOfExactly200Characters() {
        assertThat(api.get("/api/national/workshops?q=" + "a".repeat(200), "koordinator", "nb")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void keepsMunicipalUsersOutOfNationalSearchAndNationalUsersOutOfMunicipalSearch() {
        assertThat(problem(api.get("/api/national/workshops?q=samarbeid", "oslo-fasilitator", "nb"), 403)
                        .path("code")
                        .asString())
                .isEqualTo("access-denied");
        assertThat(problem(api.get("/api/workshops/search?q=samarbeid", "koordinator", "nb"), 403)
                        .path("code")
                        .asString())
                .isEqualTo("tenant-required");
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return CloudEventProducer.JSON.readTree(response.body());
    }
}
