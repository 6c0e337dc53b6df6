package no.samarbeid.workshops.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.support.WorkshopEvents;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A facilitator adjusts a workshop's agenda through {@code PUT /api/workshops/{id}/agenda}: sheets of the pinned
 * template left out, reordered and retimed before the start, published as {@code AgendaAdjusted}; a left-out sheet
 * cannot be opened; while running, an opened sheet stays with its minutes; bad agendas are problems that change
 * nothing; after completion, and for participants and other municipalities, nothing changes.
 */
@IntegrationTest
class AgendaApiIntegrationTests {

    static final String FACILITATOR = "oslo-fasilitator";

    @LocalServerPort
    int port;

    @Test
    void beforeTheStartTheAgendaIsShortenedReorderedAndRetimedAndALeftOutSheetCannotBeOpened() {
        String workshop = workshop();

        var adjusted = api().put(
                        FACILITATOR,
                        workshop + "/agenda",
                        agenda("meeting-points", 30, "why-collaborate", 15, "next-steps", 10));

        assertThat(adjusted.status()).as(adjusted.body().toString()).isEqualTo(200);
        assertThat(keys(adjusted.body())).containsExactly("meeting-points", "why-collaborate", "next-steps");
        JsonNode stored = api().get(FACILITATOR, workshop).body();
        assertThat(keys(stored)).containsExactly("meeting-points", "why-collaborate", "next-steps");
        assertThat(stored.path("agenda").get(0).path("minutes").asInt()).isEqualTo(30);
        assertThat(stored.path("agenda").get(1).path("minutes").asInt()).isEqualTo(15);

        assertThat(api().post(FACILITATOR, workshop + "/start", Map.of()).status())
                .isEqualTo(200);
        var leftOut =
                api().post(FACILITATOR, workshop + "/facilitation/sheet", Map.of("sheetKey", "purpose-and-rules"));
        assertThat(leftOut.status()).isEqualTo(400);
        assertThat(leftOut.body().path("code").asString()).isEqualTo("workshop.sheet-not-in-agenda");

        String id = workshop.substring(workshop.lastIndexOf('/') + 1);
        JsonNode event = WorkshopEvents.await("agenda-events", id, List.of("AgendaAdjusted.v1"))
                .get("AgendaAdjusted.v1");
        assertThat(event).as("AgendaAdjusted on Kafka").isNotNull();
        assertThat(event.path("sheetKeys").toString())
                .isEqualTo("[\"meeting-points\",\"why-collaborate\",\"next-steps\"]");
        assertThat(event.path("tenantId").asString()).isNotBlank();
    }

    @Test
    void badAgendasAreProblemsInNorwegianAndChangeNothing() {
        String workshop = workshop();
        JsonNode before = api().get(FACILITATOR, workshop).body().path("agenda");

        Map<Object, String> bad = Map.of(
                agenda(), "validation",
                agenda("effects-and-more", 10), "workshop.agenda-unknown-sheet",
                agenda("why-collaborate", 10, "why-collaborate", 5), "workshop.agenda-duplicate-sheet",
                agenda("why-collaborate", 0), "workshop.agenda-minutes",
                agenda("why-collaborate", 121), "workshop.agenda-minutes");
        bad.forEach((body, code) -> {
            var refused = api().put(FACILITATOR, workshop + "/agenda", body);
            assertThat(refused.status()).as("%s: %s", body, refused.body()).isEqualTo(400);
            if (!code.equals("validation")) {
                assertThat(refused.body().path("code").asString()).isEqualTo(code);
            }
        });
        var minutes = api().put(FACILITATOR, workshop + "/agenda", agenda("why-collaborate", 0));
        assertThat(minutes.body().path("title").asString()).isEqualTo("Ugyldig antall minutter");
        assertThat(minutes.body().path("detail").asString()).isEqualTo("Hvert ark må ha mellom 1 og 120 minutter.");
        var notANumber = api().put(
                        FACILITATOR,
                        workshop + "/agenda",
                        Map.of("sheets", List.of(Map.of("sheetKey", "why-collaborate", "minutes", "tjue"))));
        assertThat(notANumber.status()).isEqualTo(400);

        assertThat(api().get(FACILITATOR, workshop).body().path("agenda")).isEqualTo(before);
    }

    @Test
    void whileRunningAnOpenedSheetStaysWithItsMinutesAndTheRestStaysAdjustableUntilCompletion() {
        String workshop = workshop();
        api().post(FACILITATOR, workshop + "/start", Map.of());
        api().post(FACILITATOR, workshop + "/facilitation/sheet", Map.of("sheetKey", "why-collaborate"));

        var dropped = api().put(FACILITATOR, workshop + "/agenda", agenda("meeting-points", 25));
        assertThat(dropped.status()).isEqualTo(409);
        assertThat(dropped.body().path("code").asString()).isEqualTo("workshop.agenda-sheet-opened");
        var retimed = api().put(FACILITATOR, workshop + "/agenda", agenda("why-collaborate", 45, "meeting-points", 25));
        assertThat(retimed.status()).isEqualTo(409);

        var moved = api().put(FACILITATOR, workshop + "/agenda", agenda("meeting-points", 10, "why-collaborate", 20));
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        assertThat(keys(moved.body())).containsExactly("meeting-points", "why-collaborate");
        assertThat(moved.body().path("openedSheets").toString()).isEqualTo("[\"why-collaborate\"]");

        api().post(FACILITATOR, workshop + "/complete", Map.of());
        var finished = api().put(FACILITATOR, workshop + "/agenda", agenda("why-collaborate", 20));
        assertThat(finished.status()).isEqualTo(409);
        assertThat(finished.body().path("code").asString()).isEqualTo("workshop.finished");
    }

    @Test
    void aParticipantAndAnotherMunicipalityCannotAdjustTheAgenda() {
        String workshop = workshop();
        api().post(FACILITATOR, workshop + "/invitations", Map.of("username", "oslo-deltaker"));
        JsonNode before = api().get(FACILITATOR, workshop).body().path("agenda");

        var participant = api().put("oslo-deltaker", workshop + "/agenda", agenda("why-collaborate", 20));
        var bergen = api().put("bergen-fasilitator", workshop + "/agenda", agenda("why-collaborate", 20));

        assertThat(participant.status()).isEqualTo(403);
        assertThat(bergen.status()).isEqualTo(404);
        assertThat(bergen.body().path("code").asString()).isEqualTo("workshop.not-found");
        assertThat(api().get(FACILITATOR, workshop).body().path("agenda")).isEqualTo(before);
    }

    private String workshop() {
        var created = api().post(
                        FACILITATOR,
                        "/api/workshops",
                        Map.of(
                                "title",
                                "Agenda",
                                "place",
                                "Rådhuset",
                                "date",
                                LocalDate.now(ZoneId.of("Europe/Oslo"))
                                        .plusDays(1)
                                        .toString()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String workshop = "/api/workshops/" + created.body().path("id").asString();
        assertThat(api().post(FACILITATOR, workshop + "/tables", Map.of("name", "Bord 1"))
                        .status())
                .isEqualTo(200);
        return workshop;
    }

    /** An agenda request: sheet keys and minutes, alternating. */
    static Map<String, Object> agenda(Object... keysAndMinutes) {
        List<Map<String, Object>> sheets = new ArrayList<>();
        for (int i = 0; i < keysAndMinutes.length; i += 2) {
            sheets.add(Map.of("sheetKey", keysAndMinutes[i], "minutes", keysAndMinutes[i + 1]));
        }
        return Map.of("sheets", sheets);
    }

    private static List<String> keys(JsonNode workshop) {
        List<String> keys = new ArrayList<>();
        workshop.path("agenda").forEach(item -> keys.add(item.path("sheetKey").asString()));
        return keys;
    }

    private ApiClient api() {
        return new ApiClient(port);
    }
}
