package no.samarbeid.workshops.sheets;

import static no.samarbeid.workshops.sheets.SheetWorkshop.FACILITATOR;
import static no.samarbeid.workshops.sheets.SheetWorkshop.PNG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A table fills in sheets 5-10 of a running workshop through the API, and its participants evaluate the workshop. */
@IntegrationTest
class SheetsIntegrationTests {

    @LocalServerPort
    int port;

    private SheetWorkshop workshop;

    @BeforeEach
    void startWorkshop() {
        workshop = SheetWorkshop.start(new ApiClient(port));
    }

    @Test
    void potentialPartnersAreNamedByZoneRevisedAndRemoved() {
        String partners = workshop.table(workshop.table, "partners");
        JsonNode cafe = workshop.created(partners, SheetWorkshop.partner("Kaffebrenneriet", "MUNICIPALITY"));
        JsonNode gone = workshop.created(partners, SheetWorkshop.partner("Feilskrevet", "NATIONAL"));

        var revised = workshop.api.put(
                FACILITATOR,
                partners + "/" + cafe.path("id").asString(),
                Map.of("name", "Kaffebrenneriet AS", "zone", "REGION"));
        var removed = workshop.api.send(
                FACILITATOR, "DELETE", partners + "/" + gone.path("id").asString(), null);

        assertThat(revised.status()).isEqualTo(200);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(workshop.get(partners).valueStream().toList())
                .singleElement()
                .satisfies(partner -> {
                    assertThat(partner.path("name").asString()).isEqualTo("Kaffebrenneriet AS");
                    assertThat(partner.path("delivers").asString()).isEmpty();
                    assertThat(partner.path("zone").asString()).isEqualTo("REGION");
                });
        assertThat(workshop.get(workshop.table(workshop.otherTable, "partners")).size())
                .isZero();
    }

    @Test
    void aSketchBuildsOnAPartnerAndKeepsAPhotoOfItsDrawing() {
        String partnerId = workshop.created(
                        workshop.table(workshop.table, "partners"), SheetWorkshop.partner("Kaffebrenneriet", "REGION"))
                .path("id")
                .asString();
        JsonNode sketch = workshop.created(workshop.table(workshop.table, "sketches"), SheetWorkshop.sketch(partnerId));
        String path =
                workshop.table(workshop.table, "sketches/" + sketch.path("id").asString());

        var raw = workshop.api.sendBytes(FACILITATOR, "PUT", path + "/photo", "image/png", PNG);
        ApiClient.Binary photo = workshop.api.getBytes(FACILITATOR, path + "/photo");

        assertThat(sketch.path("partnerName").asString()).isEqualTo("Kaffebrenneriet");
        assertThat(sketch.path("hasPhoto").asBoolean()).isFalse();
        assertThat(raw.status()).as(raw.body().toString()).isEqualTo(200);
        assertThat(raw.body().path("hasPhoto").asBoolean()).isTrue();
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(photo.body()).isEqualTo(PNG);

        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};
        var form = workshop.api.sendMultipart(
                FACILITATOR, "PUT", path + "/photo", "photo", "tegning.jpg", "image/jpeg", jpeg);
        assertThat(form.status()).as(form.body().toString()).isEqualTo(200);
        ApiClient.Binary replaced = workshop.api.getBytes(FACILITATOR, path + "/photo");
        assertThat(replaced.contentType()).isEqualTo("image/jpeg");
        assertThat(replaced.body()).isEqualTo(jpeg);

        var revised = workshop.api.put(
                FACILITATOR,
                path,
                Map.of(
                        "partnerId", partnerId,
                        "sector", "Oppvekst",
                        "projectType", "TEMPORARY_PROJECT",
                        "procurement", false,
                        "deliveryForm", "EXTERNAL_DELIVERY"));
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(200);
        assertThat(workshop.get(path).path("sector").asString()).isEqualTo("Oppvekst");
        assertThat(workshop.get(path).path("hasPhoto").asBoolean()).isTrue();
        var inUse =
                workshop.api.send(FACILITATOR, "DELETE", workshop.table(workshop.table, "partners/" + partnerId), null);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.body().path("code").asString()).isEqualTo("sheets.partner-in-sketch");
    }

    @Test
    void measuresAreLinkedToTheEffectsTheyTellAbout() {
        JsonNode effect = workshop.created(
                workshop.table(workshop.table, "effects"),
                Map.of(
                        "stakeholder",
                        "MUNICIPALITY",
                        "text",
                        "Færre sykemeldte",
                        "benefits",
                        List.of("COST", "QUALITY")));
        JsonNode citizen = workshop.created(
                workshop.table(workshop.table, "effects"),
                Map.of("stakeholder", "CITIZEN", "text", "Meningsfull hverdag"));

        JsonNode measure = workshop.created(
                workshop.table(workshop.table, "measures"),
                Map.of(
                        "what", "Sykefravær",
                        "how", "Fra HR-systemet, månedlig",
                        "effectIds",
                                List.of(
                                        effect.path("id").asString(),
                                        citizen.path("id").asString())));

        assertThat(effect.path("benefits").valueStream().map(JsonNode::asString))
                .containsExactly("QUALITY", "COST");
        assertThat(citizen.path("benefits").size()).isZero();
        assertThat(measure.path("effectIds").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(
                        effect.path("id").asString(), citizen.path("id").asString());
        assertThat(workshop.get(workshop.table(workshop.table, "measures")).size())
                .isEqualTo(1);
        var revised = workshop.api.put(
                FACILITATOR,
                workshop.table(workshop.table, "effects/" + citizen.path("id").asString()),
                Map.of("stakeholder", "ENTREPRENEUR", "text", "Stabile oppdrag", "benefits", List.of("TIME")));
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(200);
        assertThat(workshop.get(workshop.table(workshop.table, "effects"))
                        .get(1)
                        .path("stakeholder")
                        .asString())
                .isEqualTo("ENTREPRENEUR");
    }

    @Test
    void theMythsShowTheProcurementRulesInForceAndTheTableAssessesThem() {
        JsonNode catalog = workshop.get("/api/workshops/" + workshop.id + "/myths");

        assertThat(catalog.path("rulesOn").asString()).isNotBlank();
        assertThat(catalog.path("myths")
                        .valueStream()
                        .map(myth -> myth.path("key").asString()))
                .containsExactly("myth-1", "myth-2", "myth-3", "myth-4", "myth-5", "myth-6");
        JsonNode myth2 = catalog.path("myths").get(1);
        assertThat(myth2.path("text").path("nb").asString()).contains("100 000");
        assertThat(myth2.path("rules").valueStream().toList())
                .anySatisfy(rule -> {
                    assertThat(rule.path("key").asString()).isEqualTo("regulation-threshold");
                    assertThat(rule.path("amountNok").asLong()).isEqualTo(100_000);
                    assertThat(rule.path("validFrom").asString()).isNotBlank();
                    assertThat(rule.path("source").path("name").asString()).contains("anskaffelsesforskriften");
                    assertThat(rule.path("source").path("citation").asString()).isNotBlank();
                })
                .anySatisfy(rule -> {
                    assertThat(rule.path("key").asString()).isEqualTo("national-threshold");
                    assertThat(rule.path("amountNok").asLong()).isEqualTo(1_300_000);
                    assertThat(rule.path("validFrom").asString()).isEqualTo("2018-04-06");
                    assertThat(rule.path("source").path("citation").asString()).isNotBlank();
                });

        String myths = workshop.table(workshop.table, "myths");
        assertThat(workshop.api
                        .put(FACILITATOR, myths + "/myth-2", Map.of("lives", "YES"))
                        .status())
                .isEqualTo(200);
        var reassessed = workshop.api.put(
                FACILITATOR, myths + "/myth-2", Map.of("lives", "PARTLY", "buster", "Lær terskelverdiene"));
        JsonNode other = workshop.created(
                myths, Map.of("text", "Laveste pris vinner alltid", "lives", "YES", "buster", "Vekt kvalitet"));

        assertThat(reassessed.status()).isEqualTo(200);
        JsonNode sheet = workshop.get(myths);
        assertThat(sheet.path("myths").valueStream().toList()).singleElement().satisfies(assessed -> {
            assertThat(assessed.path("mythKey").asString()).isEqualTo("myth-2");
            assertThat(assessed.path("lives").asString()).isEqualTo("PARTLY");
            assertThat(assessed.path("buster").asString()).isEqualTo("Lær terskelverdiene");
        });
        assertThat(sheet.path("otherMyths").get(0).path("text").asString()).isEqualTo("Laveste pris vinner alltid");
        var reworded = workshop.api.put(
                FACILITATOR,
                myths + "/other/" + other.path("id").asString(),
                Map.of("text", "Laveste pris vinner", "lives", "NO"));
        assertThat(reworded.status()).as(reworded.body().toString()).isEqualTo(200);
        assertThat(workshop.api
                        .put(FACILITATOR, myths + "/myth-7", Map.of("lives", "NO"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theTableAnswersTheReflectionQuestionsAndAgreesOnNextSteps() {
        String reflection = workshop.table(workshop.table, "reflection");
        var answered = workshop.api.put(
                FACILITATOR,
                reflection,
                Map.of("low-hanging-fruit", "Kaffe på biblioteket", "next-steps", "Møte med Kaffebrenneriet"));
        JsonNode step = workshop.created(
                workshop.table(workshop.table, "next-steps"),
                Map.of(
                        "text", "Invitere Kaffebrenneriet til møte",
                        "owner", "Enhet for arbeid",
                        "dueDate", LocalDate.now().plusWeeks(2).toString()));

        assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);
        List<JsonNode> questions =
                workshop.get(reflection).path("questions").valueStream().toList();
        assertThat(questions).hasSize(4);
        assertThat(questions)
                .filteredOn(q -> q.path("key").asString().equals("low-hanging-fruit"))
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.path("answer").asString()).isEqualTo("Kaffe på biblioteket");
                    assertThat(q.path("question").path("nb").asString())
                            .isEqualTo("Fant dere noen lavthengende frukter?");
                });
        assertThat(step.path("owner").asString()).isEqualTo("Enhet for arbeid");
        assertThat(workshop.get(workshop.table(workshop.table, "next-steps")).size())
                .isEqualTo(1);
    }

    @Test
    void everyParticipantEvaluatesOnceAndMayChangeIt() {
        String guest = workshop.join("Kari Entreprenør", workshop.table);
        String evaluation = "/api/workshops/" + workshop.id + "/evaluation";

        var given = workshop.asGuest(guest, "POST", evaluation, Map.of("whatWorked", "Stille skriving", "rating", 4));
        var changed = workshop.asGuest(
                guest, "POST", evaluation, Map.of("whatWorked", "Stille skriving", "rating", 5, "comment", "Takk!"));

        assertThat(given.status()).as(given.body().toString()).isEqualTo(200);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(workshop.asGuest(guest, "GET", evaluation, null)
                        .body()
                        .path("rating")
                        .asInt())
                .isEqualTo(5);
        JsonNode summary = workshop.get("/api/workshops/" + workshop.id + "/evaluations");
        assertThat(summary.path("count").asInt()).isEqualTo(1);
        assertThat(summary.path("averageRating").asDouble()).isEqualTo(5.0);
        assertThat(summary.path("answers").get(0).path("comment").asString()).isEqualTo("Takk!");
        assertThat(summary.toString()).doesNotContain("Kari");
        var notJoined = workshop.api.post(FACILITATOR, evaluation, Map.of("rating", 3));
        assertThat(notJoined.status()).isEqualTo(403);
        assertThat(workshop.asGuest(guest, "GET", "/api/workshops/" + workshop.id + "/evaluations", null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aParticipantWritesOnlyForTheTableTheySitAtButReadsTheOthers() {
        String guest = workshop.join("Ola Gjest", workshop.table);

        var own = workshop.asGuest(
                guest,
                "POST",
                workshop.table(workshop.table, "partners"),
                SheetWorkshop.partner("Sykkelverkstedet", "MUNICIPALITY"));
        var other = workshop.asGuest(
                guest,
                "POST",
                workshop.table(workshop.otherTable, "partners"),
                SheetWorkshop.partner("Annet bord", "MUNICIPALITY"));
        var reads = workshop.asGuest(guest, "GET", workshop.table(workshop.otherTable, "partners"), null);

        assertThat(own.status()).as(own.body().toString()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body().path("code").asString()).isEqualTo("sheets.not-your-table");
        assertThat(reads.status()).isEqualTo(200);
        assertThat(reads.body().size()).isZero();
        assertThat(workshop.created(
                                workshop.table(workshop.otherTable, "partners"),
                                SheetWorkshop.partner("Fasilitatoren skriver", "REGION"))
                        .path("name")
                        .asString())
                .isEqualTo("Fasilitatoren skriver");
    }
}
