package no.samarbeid.workshops.events;

import static no.samarbeid.workshops.events.EventContracts.JSON;
import static no.samarbeid.workshops.events.EventContracts.contract;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samarbeid.core.events.CloudEvents;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** Pins the JSON of the workshops module's events: the versioned contract other modules and systems read. */
class WorkshopEventContractTests {

    @Test
    void workshopScheduledKeepsItsV1Contract() throws Exception {
        var event = new WorkshopScheduled(
                UUID.fromString("6f1c2b9e-2f4e-4c55-9a0e-2d0b8c1e7a11"),
                UUID.fromString("0a3c4e5f-1111-4222-8333-944455566677"),
                "0301",
                UUID.fromString("b7e2d6a4-3c1f-4e8d-9f0a-1b2c3d4e5f60"),
                "Samarbeid om arbeidstrening",
                "Rådhuset",
                LocalDate.parse("2027-01-15"),
                true,
                Instant.parse("2026-11-27T10:15:30Z"));

        JSONAssert.assertEquals(
                contract("WorkshopScheduled.v1.json"), JSON.writeValueAsString(event), JSONCompareMode.STRICT);
        assertThat(JSON.readValue(contract("WorkshopScheduled.v1.json"), WorkshopScheduled.class))
                .isEqualTo(event);
        assertThat(CloudEvents.type(WorkshopScheduled.class)).isEqualTo("no.samarbeid.workshops.WorkshopScheduled.v1");
        assertThat(CloudEvents.headers(event))
                .containsEntry(CloudEvents.TENANT, "0a3c4e5f-1111-4222-8333-944455566677")
                .containsEntry(CloudEvents.ID, "6f1c2b9e-2f4e-4c55-9a0e-2d0b8c1e7a11")
                .containsEntry(CloudEvents.SOURCE, "/samarbeid/workshops");
    }

    @Test
    void consumersTolerateFieldsAddedLater() {
        String withExtra = contract("WorkshopScheduled.v1.json").replace("\"shared\"", "\"newField\": 1, \"shared\"");

        assertThat(JSON.readValue(withExtra, WorkshopScheduled.class).title()).isEqualTo("Samarbeid om arbeidstrening");
    }
}
