package no.samarbeid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.support.FacilitatedWorkshop;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What people type reaches others without control characters and without bidi overrides or isolates (which make a
 * note or a name read differently from what it holds): workshop titles, table names, guests' display names and notes
 * sent through the API are stored cleaned; a note keeps its line breaks, a name becomes one line.
 */
@IntegrationTest
class UserTextIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void titlesTableNamesDisplayNamesAndNotesAreStoredWithoutControlOrBidiCharacters() {
        var api = new ApiClient(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var workshop = FacilitatedWorkshop.create(
                api,
                Map.of(
                        "title",
                        "Verksted \u202Etxet\u202C " + suffix + "\u0007",
                        "place",
                        "Råd\u0000huset",
                        "date",
                        FacilitatedWorkshop.tomorrow()));
        JsonNode shown = workshop.get(workshop.path(""));
        assertThat(shown.path("title").asString()).isEqualTo("Verksted txet " + suffix);
        assertThat(shown.path("place").asString()).isEqualTo("Rådhuset");

        String table = workshop.addTable("Bord\u2066 Nord\u2069\n");
        assertThat(workshop.get(workshop.path(""))
                        .path("tables")
                        .get(0)
                        .path("name")
                        .asString())
                .isEqualTo("Bord Nord");
        workshop.lifecycle("start");

        String guest = workshop.joinToken("Kari\u202D Nordmann\u001B[31m", "SOCIAL_ENTREPRENEUR", table);
        JsonNode people = workshop.get(workshop.path("/participants")).path("participants");
        assertThat(people.valueStream().map(p -> p.path("displayName").asString()))
                .containsExactly("Kari Nordmann[31m");

        workshop.open("why-collaborate");
        workshop.phase("SILENT_WRITING");
        var posted = api.sendAsGuest(
                guest,
                "POST",
                workshop.table(table, "notes"),
                Map.of(
                        "sheetKey",
                        "why-collaborate",
                        "zoneKey",
                        "central-question",
                        "text",
                        "Første linje\u0000\r\nandre \u202Elinje"));
        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
        assertThat(posted.body().path("text").asString()).isEqualTo("Første linje\nandre linje");
        var read = api.sendAsGuest(guest, "GET", workshop.table(table, "notes") + "?sheetKey=why-collaborate", null);
        assertThat(read.body().valueStream().map(note -> note.path("text").asString()))
                .containsExactly("Første linje\nandre linje");
    }
}
