package no.samarbeid.workshops.sheets;

import static no.samarbeid.workshops.sheets.SheetWorkshop.FACILITATOR;
import static no.samarbeid.workshops.sheets.SheetWorkshop.PNG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Another municipality neither reads nor writes any sheet of a workshop: every endpoint answers 404. */
@IntegrationTest
class SheetTenancyIntegrationTests {

    private static final String BERGEN = "bergen-fasilitator";

    @LocalServerPort
    int port;

    @Test
    void bergensFacilitatorGetsNotFoundForEverySheetOfAnOsloWorkshop() {
        ApiClient api = new ApiClient(port);
        SheetWorkshop oslo = SheetWorkshop.start(api);
        String partnerId = oslo.created(
                        oslo.table(oslo.table, "partners"), SheetWorkshop.partner("Kaffebrenneriet", "REGION"))
                .path("id")
                .asString();
        String sketchId = oslo.created(oslo.table(oslo.table, "sketches"), SheetWorkshop.sketch(partnerId))
                .path("id")
                .asString();
        String effectId = oslo.created(
                        oslo.table(oslo.table, "effects"), Map.of("stakeholder", "CITIZEN", "text", "Effekt"))
                .path("id")
                .asString();
        String measureId = oslo.created(oslo.table(oslo.table, "measures"), Map.of("what", "Måling"))
                .path("id")
                .asString();
        String stepId = oslo.created(
                        oslo.table(oslo.table, "next-steps"),
                        Map.of(
                                "text",
                                "Steg",
                                "owner",
                                "Enhet",
                                "dueDate",
                                LocalDate.now().toString()))
                .path("id")
                .asString();
        assertThat(api.sendBytes(
                                FACILITATOR,
                                "PUT",
                                oslo.table(oslo.table, "sketches/" + sketchId + "/photo"),
                                "image/png",
                                PNG)
                        .status())
                .isEqualTo(200);
        String workshop = "/api/workshops/" + oslo.id;

        List<ApiClient.Response> responses = new ArrayList<>(List.of(
                api.get(BERGEN, oslo.table(oslo.table, "partners")),
                api.post(BERGEN, oslo.table(oslo.table, "partners"), SheetWorkshop.partner("Bergen", "REGION")),
                api.put(
                        BERGEN,
                        oslo.table(oslo.table, "partners/" + partnerId),
                        SheetWorkshop.partner("Bergen", "REGION")),
                api.send(BERGEN, "DELETE", oslo.table(oslo.table, "partners/" + partnerId), null),
                api.get(BERGEN, oslo.table(oslo.table, "sketches")),
                api.get(BERGEN, oslo.table(oslo.table, "sketches/" + sketchId)),
                api.post(BERGEN, oslo.table(oslo.table, "sketches"), SheetWorkshop.sketch(partnerId)),
                api.put(BERGEN, oslo.table(oslo.table, "sketches/" + sketchId), SheetWorkshop.sketch(partnerId)),
                api.sendBytes(
                        BERGEN, "PUT", oslo.table(oslo.table, "sketches/" + sketchId + "/photo"), "image/png", PNG),
                api.get(BERGEN, oslo.table(oslo.table, "effects")),
                api.post(BERGEN, oslo.table(oslo.table, "effects"), Map.of("stakeholder", "CITIZEN", "text", "Bergen")),
                api.put(
                        BERGEN,
                        oslo.table(oslo.table, "effects/" + effectId),
                        Map.of("stakeholder", "CITIZEN", "text", "Bergen")),
                api.get(BERGEN, oslo.table(oslo.table, "measures")),
                api.post(BERGEN, oslo.table(oslo.table, "measures"), Map.of("what", "Bergen")),
                api.put(BERGEN, oslo.table(oslo.table, "measures/" + measureId), Map.of("what", "Bergen")),
                api.get(BERGEN, workshop + "/myths"),
                api.get(BERGEN, oslo.table(oslo.table, "myths")),
                api.put(BERGEN, oslo.table(oslo.table, "myths/myth-1"), Map.of("lives", "YES")),
                api.post(BERGEN, oslo.table(oslo.table, "myths"), Map.of("text", "Bergen", "lives", "YES")),
                api.get(BERGEN, oslo.table(oslo.table, "reflection")),
                api.put(BERGEN, oslo.table(oslo.table, "reflection"), Map.of("next-steps", "Bergen")),
                api.get(BERGEN, oslo.table(oslo.table, "next-steps")),
                api.post(
                        BERGEN,
                        oslo.table(oslo.table, "next-steps"),
                        Map.of(
                                "text",
                                "Bergen",
                                "owner",
                                "Bergen",
                                "dueDate",
                                LocalDate.now().toString())),
                api.put(
                        BERGEN,
                        oslo.table(oslo.table, "next-steps/" + stepId),
                        Map.of(
                                "text",
                                "Bergen",
                                "owner",
                                "Bergen",
                                "dueDate",
                                LocalDate.now().toString())),
                api.post(BERGEN, workshop + "/evaluation", Map.of("rating", 1)),
                api.get(BERGEN, workshop + "/evaluation"),
                api.get(BERGEN, workshop + "/evaluations")));
        ApiClient.Binary photo = api.getBytes(BERGEN, oslo.table(oslo.table, "sketches/" + sketchId + "/photo"));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.status()).as(response.body().toString()).isEqualTo(404);
            assertThat(response.body().toString()).doesNotContain("Kaffebrenneriet");
        });
        assertThat(photo.status()).isEqualTo(404);
        assertThat(oslo.get(oslo.table(oslo.table, "partners"))
                        .get(0)
                        .path("name")
                        .asString())
                .isEqualTo("Kaffebrenneriet");
        assertThat(oslo.get(oslo.table(oslo.table, "sketches")).size()).isEqualTo(1);
        assertThat(oslo.get(oslo.table(oslo.table, "effects")).size()).isEqualTo(1);
        assertThat(oslo.get(oslo.table(oslo.table, "measures"))
                        .get(0)
                        .path("what")
                        .asString())
                .isEqualTo("Måling");
        assertThat(oslo.get(oslo.table(oslo.table, "myths")).path("otherMyths").size())
                .isZero();
        assertThat(oslo.get(oslo.table(oslo.table, "next-steps"))
                        .get(0)
                        .path("text")
                        .asString())
                .isEqualTo("Steg");
    }
}
