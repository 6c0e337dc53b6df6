package no.samarbeid.workshops.sheets;

import static no.samarbeid.workshops.sheets.SheetWorkshop.FACILITATOR;
import static no.samarbeid.workshops.sheets.SheetWorkshop.PNG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sheets' rules through the API: bad input gets a problem-details 400 (or 413/415 for photos) and writes
 * nothing; the sheets are open only while the workshop runs.
 */
@IntegrationTest
class SheetRulesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void badInputIsAProblemAndNothingIsStored() {
        SheetWorkshop workshop = SheetWorkshop.start(new ApiClient(port));
        String partnerId = workshop.created(
                        workshop.table(workshop.table, "partners"), SheetWorkshop.partner("Kaffebrenneriet", "REGION"))
                .path("id")
                .asString();
        String otherPartner = workshop.created(
                        workshop.table(workshop.otherTable, "partners"), SheetWorkshop.partner("Annet bord", "REGION"))
                .path("id")
                .asString();
        String otherEffect = workshop.created(
                        workshop.table(workshop.otherTable, "effects"),
                        Map.of("stakeholder", "CITIZEN", "text", "Annet"))
                .path("id")
                .asString();

        Map<String, List<Object>> bad = Map.of(
                "partners",
                List.of(
                        Map.of("name", "", "zone", "REGION"),
                        Map.of("name", "x".repeat(121), "zone", "REGION"),
                        Map.of("name", "Navn", "zone", "FYLKET"),
                        Map.of("name", "Navn"),
                        "{\"name\": "),
                "sketches",
                List.of(
                        with(SheetWorkshop.sketch(partnerId), "partnerId", otherPartner),
                        with(
                                SheetWorkshop.sketch(partnerId),
                                "partnerId",
                                UUID.randomUUID().toString()),
                        with(SheetWorkshop.sketch(partnerId), "sector", " "),
                        with(SheetWorkshop.sketch(partnerId), "projectType", "PILOT"),
                        with(SheetWorkshop.sketch(partnerId), "howItWorks", "x".repeat(4001))),
                "effects",
                List.of(
                        Map.of("stakeholder", "NEIGHBOUR", "text", "Effekt"),
                        Map.of("stakeholder", "CITIZEN", "text", " "),
                        Map.of("stakeholder", "CITIZEN", "text", "Effekt", "benefits", List.of("HAPPINESS"))),
                "measures",
                List.of(
                        Map.of("what", ""),
                        Map.of("what", "Sykefravær", "effectIds", List.of(otherEffect)),
                        Map.of("what", "Sykefravær", "effectIds", List.of("not-a-uuid"))),
                "myths",
                List.of(Map.of("text", "", "lives", "YES"), Map.of("text", "Myte", "lives", "MAYBE")),
                "next-steps",
                List.of(
                        Map.of(
                                "text",
                                "Steg",
                                "owner",
                                "Enhet",
                                "dueDate",
                                LocalDate.now().minusDays(2).toString()),
                        Map.of(
                                "text",
                                "Steg",
                                "owner",
                                "",
                                "dueDate",
                                LocalDate.now().toString()),
                        Map.of("text", "Steg", "owner", "Enhet", "dueDate", "i morgen")));

        bad.forEach((resource, bodies) -> bodies.forEach(body -> {
            var response = workshop.api.post(FACILITATOR, workshop.table(workshop.table, resource), body);
            assertThat(response.status())
                    .as("%s %s: %s", resource, body, response.body())
                    .isEqualTo(400);
            assertThat(response.body().path("status").asInt()).isEqualTo(400);
            assertThat(response.body().path("title").asString()).isNotBlank();
        }));
        assertThat(workshop.get(workshop.table(workshop.table, "partners")).size())
                .isEqualTo(1);
        assertThat(workshop.get(workshop.table(workshop.table, "sketches")).size())
                .isZero();
        assertThat(workshop.get(workshop.table(workshop.table, "effects")).size())
                .isZero();
        assertThat(workshop.get(workshop.table(workshop.table, "measures")).size())
                .isZero();
        assertThat(workshop.get(workshop.table(workshop.table, "myths"))
                        .path("otherMyths")
                        .size())
                .isZero();
        assertThat(workshop.get(workshop.table(workshop.table, "next-steps")).size())
                .isZero();

        var badMyth =
                workshop.api.put(FACILITATOR, workshop.table(workshop.table, "myths/myth-1"), Map.of("lives", "X"));
        var badReflection = workshop.api.put(
                FACILITATOR,
                workshop.table(workshop.table, "reflection"),
                Map.of("next-steps", "Møte", "why-not", "Ukjent spørsmål"));
        var badRating =
                workshop.api.post(FACILITATOR, "/api/workshops/" + workshop.id + "/evaluation", Map.of("rating", 6));
        assertThat(List.of(badMyth.status(), badReflection.status(), badRating.status()))
                .containsOnly(400);
        assertThat(badReflection.body().path("code").asString()).isEqualTo("sheets.reflection-question");
        assertThat(workshop.get(workshop.table(workshop.table, "myths"))
                        .path("myths")
                        .size())
                .isZero();
        assertThat(workshop.get(workshop.table(workshop.table, "reflection"))
                        .path("questions")
                        .valueStream())
                .allSatisfy(q -> assertThat(q.path("answer").asString()).isEmpty());
    }

    @Test
    void aPhotoIsOnlyAPngOrJpegOfAtMostFiveMegabytesThatIsWhatItClaims() {
        SheetWorkshop workshop = SheetWorkshop.start(new ApiClient(port));
        String partnerId = workshop.created(
                        workshop.table(workshop.table, "partners"), SheetWorkshop.partner("Kaffebrenneriet", "REGION"))
                .path("id")
                .asString();
        String photo = workshop.table(
                workshop.table,
                "sketches/"
                        + workshop.created(workshop.table(workshop.table, "sketches"), SheetWorkshop.sketch(partnerId))
                                .path("id")
                                .asString()
                        + "/photo");

        var gif = workshop.api.sendBytes(FACILITATOR, "PUT", photo, "image/gif", "GIF89a".getBytes());
        var disguised = workshop.api.sendBytes(FACILITATOR, "PUT", photo, "image/png", "<svg/>".getBytes());
        var tooLarge =
                workshop.api.sendBytes(FACILITATOR, "PUT", photo, "image/png", Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1));
        var formWithText =
                workshop.api.sendMultipart(FACILITATOR, "PUT", photo, "photo", "tegning.png", "text/plain", PNG);

        assertThat(gif.status()).isEqualTo(415);
        assertThat(gif.body().path("code").asString()).isEqualTo("sheets.photo-type");
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.body().path("code").asString()).isEqualTo("sheets.photo-content");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(formWithText.status()).isEqualTo(415);
        assertThat(workshop.api.getBytes(FACILITATOR, photo).status()).isEqualTo(404);
        assertThat(workshop.api
                        .sendBytes(FACILITATOR, "PUT", photo, "image/png", Arrays.copyOf(PNG, 5 * 1024 * 1024))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theSheetsAreClosedBeforeTheWorkshopStartsAndAfterItCompletes() {
        SheetWorkshop workshop = SheetWorkshop.schedule(new ApiClient(port));
        String partners = workshop.table(workshop.table, "partners");

        var beforeStart = workshop.api.post(FACILITATOR, partners, SheetWorkshop.partner("For tidlig", "REGION"));
        workshop.lifecycle("start");
        String guest = workshop.join("Kari", workshop.table);
        String partnerId = workshop.created(partners, SheetWorkshop.partner("Kaffebrenneriet", "REGION"))
                .path("id")
                .asString();
        String sketch = workshop.table(
                workshop.table,
                "sketches/"
                        + workshop.created(workshop.table(workshop.table, "sketches"), SheetWorkshop.sketch(partnerId))
                                .path("id")
                                .asString());
        workshop.lifecycle("complete");

        assertThat(beforeStart.status()).isEqualTo(409);
        assertThat(beforeStart.body().path("code").asString()).isEqualTo("sheets.not-running");
        List<ApiClient.Response> afterCompletion = List.of(
                workshop.api.post(FACILITATOR, partners, SheetWorkshop.partner("For sent", "REGION")),
                workshop.api.put(FACILITATOR, partners + "/" + partnerId, SheetWorkshop.partner("Endret", "REGION")),
                workshop.api.send(FACILITATOR, "DELETE", partners + "/" + partnerId, null),
                workshop.api.put(FACILITATOR, sketch, SheetWorkshop.sketch(partnerId)),
                workshop.api.sendBytes(FACILITATOR, "PUT", sketch + "/photo", "image/png", PNG),
                workshop.api.post(
                        FACILITATOR,
                        workshop.table(workshop.table, "effects"),
                        Map.of("stakeholder", "CITIZEN", "text", "For sent")),
                workshop.api.post(FACILITATOR, workshop.table(workshop.table, "measures"), Map.of("what", "For sent")),
                workshop.api.put(FACILITATOR, workshop.table(workshop.table, "myths/myth-1"), Map.of("lives", "NO")),
                workshop.api.post(
                        FACILITATOR,
                        workshop.table(workshop.table, "myths"),
                        Map.of("text", "For sent", "lives", "NO")),
                workshop.api.put(FACILITATOR, workshop.table(workshop.table, "reflection"), Map.of("next-steps", "x")),
                workshop.api.post(
                        FACILITATOR,
                        workshop.table(workshop.table, "next-steps"),
                        Map.of(
                                "text",
                                "For sent",
                                "owner",
                                "Enhet",
                                "dueDate",
                                LocalDate.now().toString())),
                workshop.asGuest(guest, "POST", "/api/workshops/" + workshop.id + "/evaluation", Map.of("rating", 5)));
        assertThat(afterCompletion)
                .allSatisfy(response -> assertThat(response.status())
                        .as(response.body().toString())
                        .isEqualTo(409));
        assertThat(workshop.get(partners).valueStream().map(p -> p.path("name").asString()))
                .containsExactly("Kaffebrenneriet");
        assertThat(workshop.get(workshop.table(workshop.table, "effects")).size())
                .isZero();
        assertThat(workshop.get("/api/workshops/" + workshop.id + "/evaluations")
                        .path("count")
                        .asInt())
                .isZero();
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }
}
