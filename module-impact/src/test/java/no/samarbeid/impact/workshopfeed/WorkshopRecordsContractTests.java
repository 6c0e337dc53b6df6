package no.samarbeid.impact.workshopfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.events.CloudEvent;
import no.samarbeid.core.events.CloudEventReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Impact's own records read the workshops' pinned contracts ({@code module-workshops/src/test/resources/contracts})
 * as the CloudEvents reader does on the wire, with the {@code sketchId} of effects and measures and without it.
 */
class WorkshopRecordsContractTests {

    private static final Path CONTRACTS = Path.of("../module-workshops/src/test/resources/contracts");
    private static final UUID TABLE = UUID.fromString("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");

    private final CloudEventReader reader =
            new CloudEventReader(JsonMapper.builder().build());

    @Test
    void aSketchIsReadFromTheWorkshopsContract() {
        var sketch = (WorkshopRecords.Sketched) read("CollaborationSketched").data();

        assertThat(sketch.tableId()).isEqualTo(TABLE);
        assertThat(sketch.partnerName()).isEqualTo("Kaffebrenneriet");
        assertThat(sketch.sector()).isEqualTo("Helse og omsorg");
        assertThat(sketch.deliveryForm()).isEqualTo("CLOSE_COLLABORATION");
    }

    @Test
    void anEffectIsReadWithItsSketchIdAndWithoutOneAsOlderEventsAre() {
        var effect = (WorkshopRecords.EffectNamed) read("EffectIdentified").data();
        assertThat(effect.stakeholder()).isEqualTo("MUNICIPALITY");
        assertThat(effect.benefitTypes()).containsExactly("QUALITY", "COST");
        assertThat(effect.sketchId()).isEqualTo(UUID.fromString("e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9"));

        var older = (WorkshopRecords.EffectNamed)
                read("EffectIdentified", json -> json.replaceAll("\\s*\"sketchId\": \"[^\"]+\",", ""))
                        .data();
        assertThat(older.sketchId()).isNull();
        assertThat(older.text()).isEqualTo(effect.text());
    }

    @Test
    void aMeasureAndANextStepAndASharingChangeAreRead() {
        var measure = (WorkshopRecords.MeasureNamed) read("MeasureProposed").data();
        assertThat(measure.what()).isEqualTo("Sykefravær");
        assertThat(measure.effectIds()).containsExactly(UUID.fromString("f0e1d2c3-b4a5-4968-8776-655443322110"));
        assertThat(measure.sketchId()).isEqualTo(UUID.fromString("e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9"));

        var step = (WorkshopRecords.StepAgreed) read("NextStepAgreed").data();
        assertThat(step.dueDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(step.owner()).isEqualTo("Enhet for arbeid og inkludering");

        var sharing =
                (WorkshopRecords.SharingChanged) read("WorkshopSharingChanged").data();
        assertThat(sharing.shared()).isFalse();
    }

    private CloudEvent read(String name) {
        return read(name, json -> json);
    }

    private CloudEvent read(String name, java.util.function.UnaryOperator<String> change) {
        String json;
        try {
            json = change.apply(Files.readString(CONTRACTS.resolve(name + ".v1.json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var record = new ConsumerRecord<String, byte[]>(
                "samarbeid.workshops", 0, 0, "tenant", json.getBytes(StandardCharsets.UTF_8));
        List.of(
                        header("ce_type", "no.samarbeid.workshops." + name + ".v1"),
                        header("ce_id", "6f1c2b9e-2f4e-4c55-9a0e-2d0b8c1e7a11"),
                        header("ce_tenant", "0a3c4e5f-1111-4222-8333-944455566677"))
                .forEach(record.headers()::add);
        return reader.read(record, WorkshopRecords.TYPES).orElseThrow();
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
