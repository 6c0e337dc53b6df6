package no.samarbeid.impact.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samarbeid.core.events.CloudEvents;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins the JSON of the impact module's events ({@code /contracts/<Event>.v1.json}, STRICT): tenant, sharing flag,
 * theme and stage, never a person (no owner, no reason, no username).
 */
class ImpactEventContractTests {

    private static final UUID EVENT = UUID.fromString("6f1c2b9e-2f4e-4c55-9a0e-2d0b8c1e7a11");
    private static final UUID TENANT = UUID.fromString("0a3c4e5f-1111-4222-8333-944455566677");
    private static final UUID WORKSHOP = UUID.fromString("b7e2d6a4-3c1f-4e8d-9f0a-1b2c3d4e5f60");
    private static final UUID COLLABORATION = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID INDICATOR = UUID.fromString("d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a");
    private static final UUID SUBJECT = UUID.fromString("e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9");
    private static final UUID STEP = UUID.fromString("f0e1d2c3-b4a5-4968-8776-655443322110");
    private static final Instant AT = Instant.parse("2026-11-27T10:15:30Z");
    private static final JsonMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    @Test
    void collaborationStartedKeepsItsV1Contract() {
        assertPinned(
                new CollaborationStarted(EVENT, TENANT, COLLABORATION, true, "helse", "IDEA", WORKSHOP, AT),
                CollaborationStarted.class);
    }

    @Test
    void collaborationStageChangedKeepsItsV1Contract() {
        assertPinned(
                new CollaborationStageChanged(EVENT, TENANT, COLLABORATION, true, "helse", "IDEA", "PILOT", AT),
                CollaborationStageChanged.class);
    }

    @Test
    void collaborationRevisedKeepsItsV1Contract() {
        assertPinned(
                new CollaborationRevised(EVENT, TENANT, COLLABORATION, true, "arbeidsinkludering", "PILOT", AT),
                CollaborationRevised.class);
    }

    @Test
    void indicatorDefinedKeepsItsV1Contract() {
        assertPinned(
                new IndicatorDefined(
                        EVENT,
                        TENANT,
                        COLLABORATION,
                        INDICATOR,
                        true,
                        "helse",
                        "PILOT",
                        "PERSONS",
                        "PI4060",
                        new BigDecimal("0"),
                        new BigDecimal("10"),
                        AT),
                IndicatorDefined.class);
    }

    @Test
    void measurementRecordedKeepsItsV1Contract() {
        assertPinned(
                new MeasurementRecorded(
                        EVENT,
                        TENANT,
                        COLLABORATION,
                        INDICATOR,
                        SUBJECT,
                        true,
                        "helse",
                        "PILOT",
                        "PERSONS",
                        new BigDecimal("4"),
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 3, 31),
                        AT),
                MeasurementRecorded.class);
    }

    @Test
    void nextStepUpdatedKeepsItsV1ContractWithoutItsOwner() {
        assertPinned(
                new NextStepUpdated(
                        EVENT,
                        TENANT,
                        STEP,
                        SUBJECT,
                        WORKSHOP,
                        null,
                        true,
                        null,
                        null,
                        "Invitere Kaffebrenneriet til møte",
                        LocalDate.of(2027, 1, 15),
                        "OPEN",
                        AT),
                NextStepUpdated.class);
        assertThat(contract("NextStepUpdated.v1.json")).doesNotContain("owner");
    }

    private static <E extends ImpactEvent> void assertPinned(E event, Class<E> type) {
        String contract = contract(type.getSimpleName() + ".v1.json");
        try {
            JSONAssert.assertEquals(contract, JSON.writeValueAsString(event), JSONCompareMode.STRICT);
        } catch (org.json.JSONException e) {
            throw new AssertionError(e);
        }
        assertThat(JSON.readValue(contract, type)).isEqualTo(event);
        assertThat(CloudEvents.type(type)).isEqualTo("no.samarbeid.impact." + type.getSimpleName() + ".v1");
        assertThat(CloudEvents.headers(event))
                .containsEntry(CloudEvents.TENANT, TENANT.toString())
                .containsEntry(CloudEvents.SOURCE, "/samarbeid/impact");
    }

    private static String contract(String name) {
        try (InputStream in = ImpactEventContractTests.class.getResourceAsStream("/contracts/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
