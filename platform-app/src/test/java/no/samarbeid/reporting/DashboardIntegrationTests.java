package no.samarbeid.reporting;

import static no.samarbeid.reporting.ReportingFixture.IMPACT;
import static no.samarbeid.reporting.ReportingFixture.WORKSHOPS;
import static no.samarbeid.reporting.ReportingFixture.eventually;
import static no.samarbeid.reporting.ReportingFixture.now;
import static no.samarbeid.reporting.ReportingFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.samarbeid.IntegrationTest;
import no.samarbeid.core.events.DomainEvent;
import no.samarbeid.impact.events.CollaborationStageChanged;
import no.samarbeid.impact.events.CollaborationStarted;
import no.samarbeid.workshops.events.EntrepreneurMentioned;
import no.samarbeid.workshops.events.MythAssessed;
import no.samarbeid.workshops.events.NextStepAgreed;
import no.samarbeid.workshops.events.NotesClustered;
import no.samarbeid.workshops.events.NotesRevealed;
import no.samarbeid.workshops.events.RevealedNote;
import no.samarbeid.workshops.events.SheetOpened;
import no.samarbeid.workshops.events.WorkshopScheduled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The coordinator's dashboard counts what one shared workshop of a given day sent: uptake in its county, the sheets
 * it opened, its myth verdicts, next steps by theme, partner mentions and the meeting-place headings; bad filters
 * are problems and the researcher is refused.
 */
@IntegrationTest
class DashboardIntegrationTests {

    @LocalServerPort
    int port;

    private final ReportingFixture fixture = new ReportingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theDashboardOfOneDayShowsExactlyThatDaysSharedWorkshop() {
        var api = new ReportingApi(port);
        String tag = tag();
        LocalDate day =
                LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        UUID tenant = fixture.onboard("1103", true, now());
        WorkshopScheduled workshop = fixture.scheduled(new WorkshopScheduled(
                UUID.randomUUID(),
                tenant,
                "1103",
                UUID.randomUUID(),
                "Stavanger " + tag,
                "Rådhuset",
                day,
                true,
                now()));
        UUID w = workshop.workshopId();
        UUID table = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID note = UUID.randomUUID();
        List<Object> events = new ArrayList<>(List.of(
                new SheetOpened(UUID.randomUUID(), tenant, w, true, table, "why-collaborate", now()),
                new SheetOpened(UUID.randomUUID(), tenant, w, true, table, "meeting-points", now()),
                new NotesRevealed(
                        UUID.randomUUID(),
                        tenant,
                        w,
                        true,
                        table,
                        "meeting-points",
                        List.of(new RevealedNote(
                                note, "entrepreneur-view", "Frivilligsentralen " + tag, "MUNICIPALITY")),
                        now()),
                new NotesClustered(
                        UUID.randomUUID(),
                        tenant,
                        w,
                        true,
                        table,
                        "meeting-points",
                        UUID.randomUUID(),
                        "Frivillighet " + tag,
                        List.of(note),
                        now().plusMillis(1)),
                new MythAssessed(
                        UUID.randomUUID(), tenant, w, true, table, UUID.randomUUID(), "myth-2", null, "YES", "", now()),
                new MythAssessed(
                        UUID.randomUUID(), tenant, w, true, other, UUID.randomUUID(), "myth-2", null, "NO", "", now()),
                new EntrepreneurMentioned(
                        UUID.randomUUID(),
                        tenant,
                        w,
                        true,
                        table,
                        UUID.randomUUID(),
                        "Kaffebrenneriet",
                        "Arbeidstrening",
                        "REGION",
                        null,
                        now())));
        UUID step = UUID.randomUUID();
        events.add(new NextStepAgreed(
                UUID.randomUUID(),
                tenant,
                w,
                true,
                table,
                step,
                "Ring NAV om arbeidstrening",
                "Enhet for arbeid",
                day.plusDays(30),
                now()));
        events.forEach(event -> fixture.producer.send(WORKSHOPS, (no.samarbeid.core.events.DomainEvent) event));
        eventually(() -> assertThat(
                        ReportingApi.contentDocument(step).path("found").asBoolean())
                .isTrue());
        String query = "/api/national/dashboard?from=" + day + "&to=" + day;
        JsonNode dashboard = eventually()
                .until(
                        () -> {
                            ReportingApi.refreshContent();
                            ReportingApi.refresh();
                            return api.json(query, "koordinator");
                        },
                        // The tenant's sharing and the workshop come on two topics: wait until both are applied.
                        answer -> answer.path("uptakeByCounty").size() == 1);

        assertThat(dashboard.path("uptakeByCounty").get(0).path("key").asString())
                .isEqualTo("11");
        assertThat(dashboard
                        .path("uptakeByCounty")
                        .get(0)
                        .path("municipalities")
                        .asLong())
                .isEqualTo(1);
        assertThat(count(dashboard.path("funnel"), "meeting-points")).isEqualTo(1);
        assertThat(count(dashboard.path("funnel"), "effects")).isZero();
        assertThat(count(dashboard.path("meetingPlaces"), "Frivillighet " + tag))
                .isEqualTo(1);
        JsonNode myth = dashboard.path("myths").get(0);
        assertThat(myth.path("myth").asString()).isEqualTo("myth-2");
        assertThat(myth.path("tables").asLong()).isEqualTo(2);
        assertThat(myth.path("living").asLong()).isEqualTo(1);
        assertThat(count(dashboard.path("nextStepsByTheme"), "arbeidsinkludering"))
                .isEqualTo(1);
        assertThat(count(dashboard.path("partnersByCounty"), "11")).isEqualTo(1);
        assertThat(api.json("/api/national/dashboard?from=" + day + "&to=" + day + "&county=46", "koordinator")
                        .path("uptakeByCounty")
                        .size())
                .isZero();
    }

    @Test
    void thePipelineCountsSharedCollaborationsByTheirLatestStageAndThemeWhateverTheOrderOfEvents() {
        var api = new ReportingApi(port);
        UUID sharing = fixture.onboard("1106", true, now());
        UUID notSharing = fixture.onboard("1108", false, now());
        UUID moved = UUID.randomUUID();
        UUID stays = UUID.randomUUID();
        UUID privateOne = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        Instant start = now().minusSeconds(60);
        // The newer stage change arrives before the start it follows: the pipeline keeps the newer stage.
        List<DomainEvent> events = List.of(
                new CollaborationStageChanged(
                        UUID.randomUUID(), sharing, moved, true, "helse", "IDEA", "PILOT", start.plusSeconds(10)),
                new CollaborationStarted(UUID.randomUUID(), sharing, moved, true, "helse", "IDEA", null, start),
                new CollaborationStarted(UUID.randomUUID(), sharing, stays, true, null, "DIALOGUE", null, start),
                new CollaborationStarted(UUID.randomUUID(), sharing, privateOne, false, "helse", "PILOT", null, start),
                new CollaborationStarted(
                        UUID.randomUUID(), notSharing, elsewhere, true, "helse", "PILOT", null, start));
        events.forEach(event -> fixture.producer.send(IMPACT, event));
        for (UUID collaboration : List.of(moved, stays, privateOne, elsewhere)) {
            eventually(() -> assertThat(ReportingApi.elasticsearchGet("/samarbeid-collaborations/_doc/" + collaboration)
                            .path("found")
                            .asBoolean())
                    .isTrue());
        }
        eventually(() -> assertThat(ReportingApi.elasticsearchGet("/samarbeid-collaborations/_doc/" + moved)
                        .path("_source")
                        .path("startedOn")
                        .isTextual())
                .isTrue());
        ReportingApi.elasticsearchPost("/samarbeid-collaborations/_refresh");

        LocalDate day = start.atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDate();
        JsonNode pipeline = api.json("/api/national/dashboard?county=11&from=" + day + "&to=" + day, "koordinator")
                .path("pipeline");
        long pilotHealthBefore = cell(pipeline, "PILOT", "helse");
        assertThat(pilotHealthBefore)
                .as("the moved one, not the private one nor the non-sharing tenant's")
                .isGreaterThanOrEqualTo(1);
        assertThat(cell(pipeline, "DIALOGUE", "none")).isGreaterThanOrEqualTo(1);

        assertThat(ReportingApi.elasticsearchGet("/samarbeid-collaborations/_doc/" + elsewhere)
                        .path("_source")
                        .path("tenantShares")
                        .asBoolean())
                .isFalse();

        fixture.changeSharing(sharing, "1106", false, now());
        eventually(() -> {
            ReportingApi.elasticsearchPost("/samarbeid-collaborations/_refresh");
            JsonNode after = api.json("/api/national/dashboard?county=11&from=" + day + "&to=" + day, "koordinator")
                    .path("pipeline");
            assertThat(cell(after, "PILOT", "helse")).isEqualTo(pilotHealthBefore - 1);
            assertThat(cell(after, "DIALOGUE", "none")).isEqualTo(cell(pipeline, "DIALOGUE", "none") - 1);
        });
    }

    private static long cell(JsonNode pipeline, String stage, String theme) {
        for (JsonNode cell : pipeline) {
            if (cell.path("stage").asString().equals(stage)
                    && cell.path("theme").asString().equals(theme)) {
                return cell.path("collaborations").asLong();
            }
        }
        return 0;
    }

    @Test
    void badFiltersAreProblemsAndTheResearcherIsRefused() {
        var api = new ReportingApi(port);
        for (String bad : List.of("colour=red", "from=2026-02-01&to=2026-01-01", "county=99", "from=igår")) {
            var response = api.get("/api/national/dashboard?" + bad, "koordinator");
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(api.get("/api/national/dashboard", "forsker").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/national/dashboard", "oslo-admin").statusCode())
                .isEqualTo(403);
    }

    private static long count(JsonNode rows, String key) {
        for (JsonNode row : rows) {
            if (row.path("key").asString().equals(key)) {
                return row.path("count").asLong();
            }
        }
        return 0;
    }
}
