package no.samarbeid.workshops.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.events.CloudEvents;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.json.JsonMapper;

/** Pins the JSON of the structured sheets' events (sheets 5-10 and the evaluation): none carries who wrote it. */
class SheetEventContractTests {

    private static final UUID EVENT = UUID.fromString("6f1c2b9e-2f4e-4c55-9a0e-2d0b8c1e7a11");
    private static final UUID TENANT = UUID.fromString("0a3c4e5f-1111-4222-8333-944455566677");
    private static final UUID WORKSHOP = UUID.fromString("b7e2d6a4-3c1f-4e8d-9f0a-1b2c3d4e5f60");
    private static final UUID TABLE = UUID.fromString("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
    private static final UUID PARTNER = UUID.fromString("d4c3b2a1-0f9e-4d8c-9b7a-6f5e4d3c2b1a");
    private static final UUID SUBJECT = UUID.fromString("e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9");
    private static final UUID EFFECT = UUID.fromString("f0e1d2c3-b4a5-4968-8776-655443322110");
    private static final Instant AT = Instant.parse("2026-11-27T10:15:30Z");

    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void entrepreneurMentionedKeepsItsV1Contract() {
        assertContract(
                new EntrepreneurMentioned(
                        EVENT,
                        TENANT,
                        WORKSHOP,
                        true,
                        TABLE,
                        PARTNER,
                        "Kaffebrenneriet",
                        "Arbeidstrening",
                        "REGION",
                        AT),
                EntrepreneurMentioned.class);
    }

    @Test
    void collaborationSketchedKeepsItsV1Contract() {
        assertContract(
                new CollaborationSketched(
                        EVENT,
                        TENANT,
                        WORKSHOP,
                        true,
                        TABLE,
                        SUBJECT,
                        PARTNER,
                        "Kaffebrenneriet",
                        "Helse og omsorg",
                        "DEVELOPMENT_PROJECT",
                        true,
                        "Innkjøp og tjenesteleder",
                        "CLOSE_COLLABORATION",
                        "Kafé på sykehjemmet drevet av ungdom i arbeidstrening",
                        AT),
                CollaborationSketched.class);
    }

    @Test
    void effectIdentifiedKeepsItsV1Contract() {
        assertContract(
                new EffectIdentified(
                        EVENT,
                        TENANT,
                        WORKSHOP,
                        true,
                        TABLE,
                        EFFECT,
                        "MUNICIPALITY",
                        "Færre sykemeldte",
                        List.of("QUALITY", "COST"),
                        AT),
                EffectIdentified.class);
    }

    @Test
    void measureProposedKeepsItsV1Contract() {
        assertContract(
                new MeasureProposed(
                        EVENT,
                        TENANT,
                        WORKSHOP,
                        true,
                        TABLE,
                        SUBJECT,
                        "Sykefravær",
                        "Fra HR-systemet, månedlig",
                        List.of(EFFECT),
                        AT),
                MeasureProposed.class);
    }

    @Test
    void mythAssessedKeepsItsV1ContractForTheTemplatesMythsAndOthers() {
        assertContract(
                new MythAssessed(
                        EVENT,
                        TENANT,
                        WORKSHOP,
                        true,
                        TABLE,
                        SUBJECT,
                        "myth-2",
                        null,
                        "PARTLY",
                        "Lær terskelverdiene",
                        AT),
                MythAssessed.class);
        assertContract(
                "MythAssessed.other.v1.json",
                new MythAssessed(
                        EVENT,
                        TENANT,
                        WORKSHOP,
                        false,
                        TABLE,
                        SUBJECT,
                        null,
                        "Laveste pris vinner alltid",
                        "YES",
                        "",
                        AT),
                MythAssessed.class);
    }

    @Test
    void nextStepAgreedKeepsItsV1Contract() {
        assertContract(
                new NextStepAgreed(
                        EVENT,
                        TENANT,
                        WORKSHOP,
                        true,
                        TABLE,
                        SUBJECT,
                        "Invitere Kaffebrenneriet til møte",
                        "Enhet for arbeid og inkludering",
                        LocalDate.parse("2027-01-15"),
                        AT),
                NextStepAgreed.class);
    }

    @Test
    void workshopEvaluatedKeepsItsV1ContractWithoutFreeText() {
        assertContract(new WorkshopEvaluated(EVENT, TENANT, WORKSHOP, true, SUBJECT, 4, AT), WorkshopEvaluated.class);
    }

    @Test
    void noSheetEventCarriesAParticipant() {
        for (Class<?> type : List.of(
                EntrepreneurMentioned.class,
                CollaborationSketched.class,
                EffectIdentified.class,
                MeasureProposed.class,
                MythAssessed.class,
                NextStepAgreed.class,
                WorkshopEvaluated.class)) {
            assertThat(type.getRecordComponents())
                    .extracting(component -> component.getName().toLowerCase(java.util.Locale.ROOT))
                    .as("fields of %s", type.getSimpleName())
                    .noneMatch(name -> name.contains("participant")
                            || name.contains("author")
                            || name.contains("pseudonym")
                            || name.contains("username")
                            || name.contains("displayname"));
        }
    }

    private <E extends WorkshopEvent> void assertContract(E event, Class<E> type) {
        assertContract(type.getSimpleName() + ".v1.json", event, type);
    }

    private <E extends WorkshopEvent> void assertContract(String file, E event, Class<E> type) {
        String contract = contract(file);
        try {
            JSONAssert.assertEquals(contract, json.writeValueAsString(event), JSONCompareMode.STRICT);
        } catch (org.json.JSONException e) {
            throw new AssertionError(e);
        }
        assertThat(json.readValue(contract, type)).isEqualTo(event);
        assertThat(json.readValue(contract.replace("\"shared\"", "\"addedLater\": 1, \"shared\""), type))
                .isEqualTo(event);
        assertThat(CloudEvents.type(type)).isEqualTo("no.samarbeid.workshops." + type.getSimpleName() + ".v1");
        assertThat(CloudEvents.headers(event))
                .containsEntry(CloudEvents.TENANT, TENANT.toString())
                .containsEntry(CloudEvents.ID, EVENT.toString())
                .containsEntry(CloudEvents.SOURCE, "/samarbeid/workshops");
    }

    private static String contract(String name) {
        try (var in = SheetEventContractTests.class.getResourceAsStream("/contracts/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
