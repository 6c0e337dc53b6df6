package no.samarbeid.reporting.consumed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import no.samarbeid.core.events.CloudEventReader;
import no.samarbeid.core.events.DomainEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reporting reads what the producers pin: every contract file of module-workshops, module-impact and platform-core whose type
 * reporting consumes parses, through the real {@link CloudEventReader}, into reporting's own record with the same
 * ids, tenant, time and values.
 */
class ProducerContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CloudEventReader READER = new CloudEventReader(JSON);
    private static final Path WORKSHOPS = Path.of("../module-workshops/src/test/resources/contracts");
    private static final Path CORE = Path.of("../platform-core/src/test/resources/contracts");
    private static final Path IMPACT = Path.of("../module-impact/src/test/resources/contracts");

    static Stream<Path> contracts() throws IOException {
        return Stream.of(WORKSHOPS, CORE, IMPACT)
                .flatMap(folder -> {
                    try {
                        return Files.list(folder);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .filter(file -> file.toString().endsWith(".json"));
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void everyPinnedEventOfAConsumedTypeParsesIntoReportingsOwnRecord(Path contract) throws IOException {
        String type = type(contract);
        byte[] json = Files.readAllBytes(contract);
        JsonNode pinned = JSON.readTree(json);
        var event = READER.read(record(type, pinned, json), ConsumedEvents.TYPES);
        if (ConsumedEvents.TYPES.find(type).isEmpty()) {
            assertThat(event).as("skipped: %s", type).isEmpty();
            return;
        }
        DomainEvent data = event.orElseThrow().data();
        assertThat(data.eventId().toString()).isEqualTo(pinned.get("eventId").asString());
        assertThat(data.tenantId().toString()).isEqualTo(pinned.get("tenantId").asString());
        assertThat(data.occurredAt().toString())
                .isEqualTo(pinned.get("occurredAt").asString());
        if (data instanceof WorkshopFact fact) {
            assertThat(fact.workshopId().toString())
                    .isEqualTo(pinned.get("workshopId").asString());
            assertThat(fact.shared()).isEqualTo(pinned.get("shared").asBoolean());
        }
        if (data instanceof CollaborationFact collaboration) {
            assertThat(collaboration.collaborationId().toString())
                    .isEqualTo(pinned.get("collaborationId").asString());
            assertThat(collaboration.shared()).isEqualTo(pinned.get("shared").asBoolean());
            assertThat(collaboration.theme()).isEqualTo(pinned.get("theme").asString());
            assertThat(collaboration.stage()).isEqualTo(pinned.get("stage").asString());
        }
        if (data instanceof TableFact table) {
            assertThat(table.tableId().toString())
                    .isEqualTo(pinned.get("tableId").asString());
        }
    }

    @Test
    void theValuesReportingIndexesAreReadFromTheContracts() throws IOException {
        var revealed = (NotesRevealed) read(WORKSHOPS.resolve("NotesRevealed.v1.json"));
        assertThat(revealed.notes())
                .extracting(NotesRevealed.RevealedNote::text, NotesRevealed.RevealedNote::zoneKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Nettverksmøter", "entrepreneur-view"),
                        org.assertj.core.groups.Tuple.tuple("Tilskuddsordninger", "municipality-view"));
        var myth = (MythAssessed) read(WORKSHOPS.resolve("MythAssessed.other.v1.json"));
        assertThat(myth.mythKey()).isNull();
        assertThat(myth.otherMyth()).isEqualTo("Laveste pris vinner alltid");
        assertThat(myth.lives()).isEqualTo("YES");
        var clustered = (NotesClustered) read(WORKSHOPS.resolve("NotesClustered.v1.json"));
        assertThat(clustered.heading()).isEqualTo("Møteplasser");
        assertThat(clustered.noteIds()).hasSize(2);
        var effect = (EffectIdentified) read(WORKSHOPS.resolve("EffectIdentified.v1.json"));
        assertThat(effect.benefitTypes()).containsExactly("QUALITY", "COST");
        var scheduled = (WorkshopScheduled) read(WORKSHOPS.resolve("WorkshopScheduled.v1.json"));
        assertThat(scheduled.municipalityNumber()).isEqualTo("0301");
        assertThat(scheduled.date()).hasToString("2027-01-15");
        var tenant = (TenantSharingChanged) read(CORE.resolve("TenantSharingChanged.v1.json"));
        assertThat(tenant.sharesNationally()).isTrue();
        assertThat(tenant.municipalityNumber()).isEqualTo("1101");
        var moved = (CollaborationStageChanged) read(IMPACT.resolve("CollaborationStageChanged.v1.json"));
        assertThat(moved.stage()).isEqualTo("PILOT");
        assertThat(moved.theme()).isEqualTo("helse");
        var revised = (CollaborationRevised) read(IMPACT.resolve("CollaborationRevised.v1.json"));
        assertThat(revised.theme()).isEqualTo("arbeidsinkludering");
        assertThat(revised.stage()).isEqualTo("PILOT");
        assertThat(ConsumedEvents.TYPES.find("no.samarbeid.impact.CollaborationStarted.v1"))
                .isPresent();
    }

    @Test
    void reportingConsumesEveryContentEventTheWorkshopsPin() {
        List<String> pinned = List.of(
                "NotePosted",
                "NotesRevealed",
                "NoteEdited",
                "NoteMoved",
                "NoteWithdrawn",
                "NotesClustered",
                "VotesCast",
                "EntrepreneurMentioned",
                "PartnerRetracted",
                "CollaborationSketched",
                "EffectIdentified",
                "MeasureProposed",
                "MythAssessed",
                "NextStepAgreed",
                "ReflectionAnswered",
                "WorkshopScheduled",
                "WorkshopSharingChanged",
                "SheetOpened",
                "WorkshopCompleted");
        for (String name : pinned) {
            assertThat(Files.exists(WORKSHOPS.resolve(name + ".v1.json")))
                    .as(name)
                    .isTrue();
            assertThat(ConsumedEvents.TYPES.find("no.samarbeid.workshops." + name + ".v1"))
                    .as(name)
                    .isPresent();
        }
    }

    private static DomainEvent read(Path contract) throws IOException {
        byte[] json = Files.readAllBytes(contract);
        return READER.read(record(type(contract), JSON.readTree(json), json), ConsumedEvents.TYPES)
                .orElseThrow()
                .data();
    }

    private static String type(Path contract) {
        String name = contract.getFileName().toString().split("\\.")[0];
        String module = contract.startsWith(CORE) ? "core" : contract.startsWith(IMPACT) ? "impact" : "workshops";
        return "no.samarbeid." + module + "." + name + ".v1";
    }

    private static ConsumerRecord<String, byte[]> record(String type, JsonNode pinned, byte[] json) {
        var headers = new RecordHeaders();
        headers.add(new RecordHeader("ce_type", type.getBytes(StandardCharsets.UTF_8)));
        headers.add(new RecordHeader("ce_id", pinned.get("eventId").asString().getBytes(StandardCharsets.UTF_8)));
        headers.add(
                new RecordHeader("ce_tenant", pinned.get("tenantId").asString().getBytes(StandardCharsets.UTF_8)));
        var record =
                new ConsumerRecord<>("samarbeid.test", 0, 0L, UUID.randomUUID().toString(), json);
        headers.forEach(record.headers()::add);
        return record;
    }
}
