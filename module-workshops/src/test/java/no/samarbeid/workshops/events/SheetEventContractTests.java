package no.samarbeid.workshops.events;

import static no.samarbeid.workshops.events.EventContracts.AT;
import static no.samarbeid.workshops.events.EventContracts.EVENT;
import static no.samarbeid.workshops.events.EventContracts.TABLE;
import static no.samarbeid.workshops.events.EventContracts.TENANT;
import static no.samarbeid.workshops.events.EventContracts.WORKSHOP;
import static no.samarbeid.workshops.events.EventContracts.assertPinned;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pins the JSON of the structured sheets' events (sheets 5-10 and the evaluation): none carries who wrote it. */
class SheetEventContractTests {

    private static final UUID PARTNER = UUID.fromString("d4c3b2a1-0f9e-4d8c-9b7a-6f5e4d3c2b1a");
    private static final UUID SUBJECT = UUID.fromString("e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9");
    private static final UUID EFFECT = UUID.fromString("f0e1d2c3-b4a5-4968-8776-655443322110");

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
                        "123456785",
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
                        SUBJECT,
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
                        SUBJECT,
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
        assertPinned(
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
    void partnerRetractedKeepsItsV1Contract() {
        assertContract(new PartnerRetracted(EVENT, TENANT, WORKSHOP, true, TABLE, SUBJECT, AT), PartnerRetracted.class);
    }

    @Test
    void reflectionAnsweredKeepsItsV1ContractWithAnswersByQuestion() {
        assertContract(
                new ReflectionAnswered(
                        EVENT,
                        TENANT,
                        WORKSHOP,
                        true,
                        TABLE,
                        List.of(
                                new ReflectionAnswered.Answer("low-hanging-fruit", "Felles frokostmøte i januar"),
                                new ReflectionAnswered.Answer(
                                        "challenges-and-opportunities", "Vi kjenner ikke hverandres språk")),
                        AT),
                ReflectionAnswered.class);
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
                PartnerRetracted.class,
                ReflectionAnswered.class,
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

    private static <E extends WorkshopEvent> void assertContract(E event, Class<E> type) {
        assertPinned(type.getSimpleName() + ".v1.json", event, type);
    }
}
