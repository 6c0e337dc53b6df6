package no.samarbeid.workshops.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.support.WorkshopEvents;
import no.samarbeid.workshops.notes.NoteWorkshop.Guest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The notes' events on Kafka carry the table, the note and an opaque pseudonym, never a participant's name. */
@IntegrationTest
class NoteEventsIntegrationTests {

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
        Map<String, JsonNode> found = WorkshopEvents.await("note-events", noteId, types);
        assertThat(new ArrayList<>(found.keySet()))
                .as("events of note %s on %s", noteId, WorkshopEvents.TOPIC)
                .containsExactlyInAnyOrderElementsOf(types);
        return found;
    }
}
