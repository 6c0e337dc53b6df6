package no.samarbeid.workshops.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.core.events.CloudEvents;
import no.samarbeid.infra.stack.Ports;
import no.samarbeid.workshops.notes.NoteWorkshop.Guest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The notes' events on Kafka carry the table, the note and an opaque pseudonym, never a participant's name. */
@IntegrationTest
class NoteEventsIntegrationTests {

    private static final String TOPIC = "samarbeid.workshops";
    private static final String TYPES = "no.samarbeid.workshops.";

    @LocalServerPort
    int port;

    @Test
    void notePostedAndNotesRevealedOnKafkaCarryNoDisplayName() {
        NoteWorkshop workshop = NoteWorkshop.start(new ApiClient(port));
        String name = "Hemmelig " + UUID.randomUUID().toString().substring(0, 8);
        Guest guest = workshop.join(name, "SOCIAL_ENTREPRENEUR", workshop.table);
        workshop.open("why-collaborate");
        workshop.phase("SILENT_WRITING");
        var posted = guest.post(workshop.table, "why-collaborate", "central-question", "Raskere hjelp");
        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
        String noteId = posted.body().path("id").asString();
        workshop.phase("REVEAL");

        Map<String, JsonNode> events = awaitEvents(noteId, List.of("NotePosted.v1", "NotesRevealed.v1"));

        JsonNode notePosted = events.get("NotePosted.v1");
        assertThat(notePosted.path("workshopId").asString()).isEqualTo(workshop.id);
        assertThat(notePosted.path("tableId").asString()).isEqualTo(workshop.table);
        assertThat(notePosted.path("sheetKey").asString()).isEqualTo("why-collaborate");
        assertThat(notePosted.path("text").asString()).isEqualTo("Raskere hjelp");
        assertThat(notePosted.path("revealed").asBoolean()).isFalse();
        assertThat(notePosted.path("shared").isBoolean()).isTrue();
        assertThat(notePosted.path("authorPseudonym").asString()).startsWith("p-");
        assertThat(notePosted.path("perspective").asString()).isEqualTo("SOCIAL_ENTREPRENEUR");
        JsonNode revealed = events.get("NotesRevealed.v1");
        assertThat(revealed.path("notes").get(0).path("noteId").asString()).isEqualTo(noteId);
        assertThat(events.values()).allSatisfy(event -> {
            assertThat(event.toString())
                    .doesNotContain(name)
                    .doesNotContain("displayName")
                    .doesNotContain("username");
        });
    }

    /** The JSON data of the events of the given types that mention the note, by type. */
    private static Map<String, JsonNode> awaitEvents(String noteId, List<String> types) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, JsonNode> found = new java.util.HashMap<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                Ports.HOST + ":" + Ports.kafka(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "note-events-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (found.size() < types.size() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    Header type = record.headers().lastHeader(CloudEvents.TYPE);
                    if (type != null && record.value() != null && record.value().contains(noteId)) {
                        String name = new String(type.value(), StandardCharsets.UTF_8).replace(TYPES, "");
                        if (types.contains(name)) {
                            found.put(name, json.readTree(record.value()));
                        }
                    }
                });
            }
        }
        assertThat(new ArrayList<>(found.keySet()))
                .as("events of note %s on %s", noteId, TOPIC)
                .containsExactlyInAnyOrderElementsOf(types);
        return found;
    }
}
