package no.samarbeid.workshops.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.support.WorkshopEvents;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The sheets' events arrive on Kafka with their documented JSON and never with a participant's identity. */
@IntegrationTest
class SheetEventsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void everySheetEventArrivesOnKafkaWithoutWhoWroteIt() {
        SheetWorkshop workshop = SheetWorkshop.start(new ApiClient(port));
        String name = "Hemmelig " + UUID.randomUUID().toString().substring(0, 8);
        String guest = workshop.join(name, workshop.table);
        String partnerId = workshop.asGuest(
                        guest,
                        "POST",
                        workshop.table(workshop.table, "partners"),
                        SheetWorkshop.partner("Kaffebrenneriet", "NATIONAL"))
                .body()
                .path("id")
                .asString();
        workshop.created(workshop.table(workshop.table, "sketches"), SheetWorkshop.sketch(partnerId));
        String effectId = workshop.created(
                        workshop.table(workshop.table, "effects"),
                        Map.of("stakeholder", "CITIZEN", "text", "Flere i arbeid", "benefits", List.of("COST")))
                .path("id")
                .asString();
        workshop.created(
                workshop.table(workshop.table, "measures"),
                Map.of("what", "Antall i arbeid", "effectIds", List.of(effectId)));
        workshop.api.put(
                SheetWorkshop.FACILITATOR, workshop.table(workshop.table, "myths/myth-2"), Map.of("lives", "YES"));
        workshop.created(
                workshop.table(workshop.table, "next-steps"),
                Map.of(
                        "text",
                        "Møte",
                        "owner",
                        "Enhet for arbeid",
                        "dueDate",
                        LocalDate.now().toString()));
        var evaluated = workshop.asGuest(
                guest,
                "POST",
                "/api/workshops/" + workshop.id + "/evaluation",
                Map.of("whatWorked", "Hemmelig ros", "rating", 4, "comment", "Hemmelig kommentar"));
        assertThat(evaluated.status()).as(evaluated.body().toString()).isEqualTo(200);

        Map<String, JsonNode> events = awaitEvents(
                workshop.id,
                List.of(
                        "EntrepreneurMentioned.v1",
                        "CollaborationSketched.v1",
                        "EffectIdentified.v1",
                        "MeasureProposed.v1",
                        "MythAssessed.v1",
                        "NextStepAgreed.v1",
                        "WorkshopEvaluated.v1"));

        JsonNode mentioned = events.get("EntrepreneurMentioned.v1");
        assertThat(mentioned.path("partnerId").asString()).isEqualTo(partnerId);
        assertThat(mentioned.path("tableId").asString()).isEqualTo(workshop.table);
        assertThat(mentioned.path("zone").asString()).isEqualTo("NATIONAL");
        assertThat(events.get("CollaborationSketched.v1").path("partnerName").asString())
                .isEqualTo("Kaffebrenneriet");
        assertThat(events.get("EffectIdentified.v1").path("benefitTypes").get(0).asString())
                .isEqualTo("COST");
        assertThat(events.get("MeasureProposed.v1").path("effectIds").get(0).asString())
                .isEqualTo(effectId);
        assertThat(events.get("MythAssessed.v1").path("mythKey").asString()).isEqualTo("myth-2");
        assertThat(events.get("NextStepAgreed.v1").path("owner").asString()).isEqualTo("Enhet for arbeid");
        assertThat(events.get("WorkshopEvaluated.v1").path("rating").asInt()).isEqualTo(4);
        assertThat(events.values()).allSatisfy(event -> {
            assertThat(event.path("tenantId").asString()).isNotBlank();
            assertThat(event.path("shared").isBoolean()).isTrue();
            assertThat(event.toString())
                    .doesNotContain(name)
                    .doesNotContain("Hemmelig")
                    .doesNotContain("participant")
                    .doesNotContain("displayName");
        });
    }

    @Test
    void aPartnerTakenOffTheSheetAndTheReflectionAnswersArriveOnKafka() {
        SheetWorkshop workshop = SheetWorkshop.start(new ApiClient(port));
        String partner = workshop.created(
                        workshop.table(workshop.table, "partners"), SheetWorkshop.partner("Feilført AS", "REGION"))
                .path("id")
                .asString();
        var removed = workshop.api.send(
                SheetWorkshop.FACILITATOR, "DELETE", workshop.table(workshop.table, "partners/" + partner), null);
        assertThat(removed.status()).isEqualTo(204);
        workshop.api.put(
                SheetWorkshop.FACILITATOR,
                workshop.table(workshop.table, "reflection"),
                Map.of("low-hanging-fruit", "Felles frokostmøte"));

        Map<String, JsonNode> events = awaitEvents(
                workshop.id, List.of("EntrepreneurMentioned.v1", "PartnerRetracted.v1", "ReflectionAnswered.v1"));

        assertThat(events.get("PartnerRetracted.v1").path("partnerId").asString())
                .isEqualTo(partner);
        JsonNode answer = events.get("ReflectionAnswered.v1").path("answers").get(0);
        assertThat(answer.path("questionKey").asString()).isEqualTo("low-hanging-fruit");
        assertThat(answer.path("text").asString()).isEqualTo("Felles frokostmøte");
    }

    /** The JSON data of the workshop's events of the given types, by type (the latest of each). */
    private static Map<String, JsonNode> awaitEvents(String workshopId, List<String> types) {
        Map<String, JsonNode> found = WorkshopEvents.await("sheet-events", workshopId, types);
        assertThat(found.keySet())
                .as("events of workshop %s on %s", workshopId, WorkshopEvents.TOPIC)
                .containsExactlyInAnyOrderElementsOf(types);
        return found;
    }
}
