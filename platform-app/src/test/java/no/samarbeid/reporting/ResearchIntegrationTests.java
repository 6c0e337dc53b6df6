package no.samarbeid.reporting;

import static no.samarbeid.reporting.ReportingFixture.WORKSHOPS;
import static no.samarbeid.reporting.ReportingFixture.eventually;
import static no.samarbeid.reporting.ReportingFixture.now;
import static no.samarbeid.reporting.ReportingFixture.tag;
import static no.samarbeid.reporting.ReportingFixture.workshop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.IntegrationTest;
import no.samarbeid.infra.stack.DemoTokens;
import no.samarbeid.workshops.events.NotesRevealed;
import no.samarbeid.workshops.events.RevealedNote;
import no.samarbeid.workshops.events.WorkshopScheduled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The researcher's aggregates end to end: access recorded by a platform admin and refused after its end date, a
 * snapshot taken on request, a table where Oslo's cells are ":" in CSV and null and suppressed in JSON, no suppressed
 * cell recoverable by linear programming over the snapshot, free text refused, and every request in an audit log
 * that the app role can only add to.
 */
@IntegrationTest
class ResearchIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Value("${spring.datasource.url}")
    String url;

    private final ReportingFixture fixture = new ReportingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aResearcherGetsSuppressedAggregatesOfASnapshotAndEveryRequestIsAudited() throws Exception {
        var api = new ReportingApi(port);
        UUID marker = seedNotes();

        assertThat(post("/api/platform/research/access", "plattform-admin", """
                        {"username":"forsker","project":"Samarbeid i kommunene","purpose":"Hvordan metoden brukes",
                         "endsOn":"%s"}""".formatted(
                                        LocalDate.now().plusDays(30)))
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> taken = post("/api/platform/research/snapshots", "plattform-admin", "");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        String snapshot =
                CloudEventProducer.JSON.readTree(taken.body()).path("id").asString();

        JsonNode table = api.json("/api/research/tables/notes-by-county-sheet?snapshot=" + snapshot, "forsker");
        assertThat(table.path("snapshot").path("minContributors").asInt()).isEqualTo(5);
        List<JsonNode> oslo = new ArrayList<>();
        table.path("cells").forEach(cell -> {
            if (cell.path("key").get(0).asString().equals("03")) {
                oslo.add(cell);
            }
        });
        assertThat(oslo).isNotEmpty().allSatisfy(cell -> {
            assertThat(cell.path("suppressed").asBoolean()).isTrue();
            assertThat(cell.path("value").isNull()).isTrue();
        });
        HttpResponse<String> csv = api.accepting(
                "/api/research/tables/notes-by-county-sheet?format=csv&county=03&snapshot=" + snapshot,
                "forsker",
                "text/csv");
        assertThat(csv.body()).startsWith("county,sheet,value").contains("03,meeting-points,:");

        Map<String, List<Long>> notes = new LinkedHashMap<>();
        for (String name : List.of("notes-by-county-sheet", "notes-by-band-quarter")) {
            notes.put(name, values(api.json("/api/research/tables/" + name + "?snapshot=" + snapshot, "forsker")));
        }
        assertThat(LinearProgrammingAudit.widths(notes))
                .as("the interval of every suppressed cell")
                .isNotEmpty()
                .allSatisfy(width -> assertThat(width).isGreaterThanOrEqualTo(5));

        for (String freeText : List.of(
                "/api/national/search?q=kaffe",
                "/api/national/workshops?q=kaffe",
                "/api/search?q=kaffe",
                "/api/national/search/export?q=kaffe")) {
            assertThat(api.get(freeText, "forsker").statusCode()).as(freeText).isEqualTo(403);
        }
        assertThat(api.get("/api/research/tables/notes-by-county-sheet?colour=red", "forsker")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.get("/api/research/tables/no-such-table", "forsker").statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/research/codebook", "koordinator").statusCode())
                .isEqualTo(403);

        JsonNode audit = api.json("/api/platform/research/audit", "plattform-admin");
        List<String> logged = new ArrayList<>();
        audit.forEach(entry -> logged.add(entry.path("username").asString() + " "
                + entry.path("request").asString()
                + " "
                + (entry.path("table").isNull() ? "-" : entry.path("table").asString()) + " "
                + entry.path("outcome").asString()));
        assertThat(logged)
                .contains(
                        "forsker table notes-by-county-sheet OK",
                        "forsker table no-such-table REFUSED research-table",
                        "plattform-admin snapshot - OK");
        assertThat(ReportingApi.contentDocument(marker).path("found").asBoolean())
                .isTrue();
    }

    @Test
    void aResearcherWhoseAccessHasEndedIsRefusedEveryResearchEndpointAndEachRefusalIsAudited() throws Exception {
        var api = new ReportingApi(port);
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(1);
        try {
            recordEndedAccess("forsker", yesterday);

            for (String path : List.of(
                    "/api/research/codebook",
                    "/api/research/snapshots",
                    "/api/research/tables/notes-by-county-sheet",
                    "/api/research/tables/notes-by-county-sheet?format=csv")) {
                HttpResponse<String> refused = api.get(path, "forsker");
                assertThat(refused.statusCode()).as(path).isEqualTo(403);
                assertThat(refused.headers().firstValue("Content-Type"))
                        .as(path)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                JsonNode problem = CloudEventProducer.JSON.readTree(refused.body());
                assertThat(problem.path("status").asInt()).as(path).isEqualTo(403);
                assertThat(problem.path("title").asString()).as(path).isEqualTo("Ingen forskertilgang");
                assertThat(problem.path("detail").asString()).as(path).contains("utløpt");
                assertThat(refused.body()).as(path).doesNotContain("\"cells\"");
            }
            assertThat(api.get("/api/research/codebook", "forsker", "en").body())
                    .contains("No researcher access");

            List<String> logged = new ArrayList<>();
            api.json("/api/platform/research/audit", "plattform-admin")
                    .forEach(entry -> logged.add(entry.path("username").asString() + " "
                            + entry.path("request").asString() + " "
                            + (entry.path("table").isNull()
                                    ? "-"
                                    : entry.path("table").asString()) + " "
                            + entry.path("outcome").asString() + " "
                            + entry.path("cellsReturned").asInt()));
            assertThat(logged)
                    .contains(
                            "forsker codebook - REFUSED research-access 0",
                            "forsker snapshots - REFUSED research-access 0",
                            "forsker table notes-by-county-sheet REFUSED research-access 0");
        } finally {
            assertThat(post("/api/platform/research/access", "plattform-admin", """
                            {"username":"forsker","project":"Samarbeid i kommunene","purpose":"Hvordan metoden brukes",
                             "endsOn":"%s"}""".formatted(
                                            LocalDate.now().plusDays(30)))
                            .statusCode())
                    .isEqualTo(201);
        }
        assertThat(api.get("/api/research/codebook", "forsker").statusCode()).isEqualTo(200);
    }

    /**
     * An access that ended yesterday, recorded as the researcher's newest (the API refuses an end date in the past,
     * so the row is written the way the app writes it, as the app role).
     */
    private void recordEndedAccess(String username, LocalDate endedOn) throws SQLException {
        try (Connection app = DriverManager.getConnection(url, "samarbeid_app", "samarbeid_app");
                var insert = app.prepareStatement("insert into reporting.researcher_access (id, username, project,"
                        + " purpose, ends_on, recorded_by, recorded_at) values (?, ?, 'Avsluttet prosjekt',"
                        + " 'Tilgangen er over', ?, 'plattform-admin', now())")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, username);
            insert.setObject(3, endedOn);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void theAppRoleCanNeitherChangeNorDeleteTheAuditLogOrASnapshot() throws SQLException {
        try (Connection app = DriverManager.getConnection(url, "samarbeid_app", "samarbeid_app")) {
            for (String sql : List.of(
                    "update reporting.research_audit set outcome = 'OK'",
                    "delete from reporting.research_audit",
                    "update reporting.snapshot_cell set value = 1",
                    "delete from reporting.snapshot")) {
                assertThatThrownBy(() -> app.createStatement().executeUpdate(sql))
                        .as(sql)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    /** Notes of shared workshops at 3 tables each in Oslo and in 6 Rogaland municipalities. */
    private UUID seedNotes() {
        String tag = tag();
        UUID last = null;
        for (String municipality : List.of("0301", "1101", "1103", "1106", "1108", "1111", "1112")) {
            UUID tenant = fixture.onboard(municipality, true, now());
            WorkshopScheduled scheduled = fixture.scheduled(workshop(tenant, municipality, "Verksted " + tag, true));
            for (int table = 0; table < 3; table++) {
                last = UUID.randomUUID();
                fixture.producer.send(
                        WORKSHOPS,
                        new NotesRevealed(
                                UUID.randomUUID(),
                                tenant,
                                scheduled.workshopId(),
                                true,
                                UUID.randomUUID(),
                                "meeting-points",
                                List.of(new RevealedNote(last, "entrepreneur-view", "Kafé " + tag, "MUNICIPALITY")),
                                now()));
            }
        }
        UUID marker = last;
        eventually(() -> assertThat(
                        ReportingApi.contentDocument(marker).path("found").asBoolean())
                .isTrue());
        ReportingApi.refreshContent();
        return marker;
    }

    private static List<Long> values(JsonNode table) {
        List<Long> values = new ArrayList<>();
        table.path("cells").forEach(cell -> {
            assertThat(cell.path("value").isNull())
                    .isEqualTo(cell.path("suppressed").asBoolean());
            values.add(cell.path("value").isNull() ? null : cell.path("value").asLong());
        });
        return values;
    }

    private HttpResponse<String> post(String path, String user, String json) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + DemoTokens.accessToken(user))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
