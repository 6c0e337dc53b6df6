package no.samarbeid.workshops.notes;

import static no.samarbeid.workshops.notes.NoteWorkshop.FACILITATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.workshops.notes.NoteWorkshop.Guest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Notes through the API against the stack: silent writing, reveal, anonymity, votes, moves, clusters, hiding, the
 * facilitator's typed-in notes, and bad input that writes nothing.
 */
@IntegrationTest
class NoteIntegrationTests {

    private static final String WHY = "why-collaborate";
    private static final String ZONE = "central-question";

    @LocalServerPort
    int port;

    private NoteWorkshop workshop;
    private Guest kari;
    private Guest ola;
    private Guest per;

    @BeforeEach
    void aRunningWorkshopWithTwoGuestsAtOneTableAndOneAtTheOther() {
        workshop = NoteWorkshop.start(new ApiClient(port));
        kari = workshop.join("Kari Nordmann", "MUNICIPALITY", workshop.table);
        ola = workshop.join("Ola Gründer", "SOCIAL_ENTREPRENEUR", workshop.table);
        per = workshop.join("Per Annet", "OTHER", workshop.otherTable);
    }

    @Test
    void inSilenceEachSeesOnlyTheirOwnNotesUntilTheRevealShowsAllWithoutAuthors() {
        workshop.open(WHY);
        workshop.phase("SILENT_WRITING");

        var posted = kari.post(workshop.table, WHY, ZONE, "Vi når flere innbyggere");
        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
        assertThat(posted.body().path("revealed").asBoolean()).isFalse();
        assertThat(posted.body().path("perspective").asString()).isEqualTo("MUNICIPALITY");
        assertThat(ola.post(workshop.table, WHY, ZONE, "Nye ideer").status()).isEqualTo(201);

        assertThat(texts(kari.notes(workshop.table, WHY))).containsExactly("Vi når flere innbyggere");
        assertThat(texts(ola.notes(workshop.table, WHY))).containsExactly("Nye ideer");
        assertThat(per.send("GET", workshop.notes(workshop.table) + "?sheetKey=" + WHY, null)
                        .status())
                .isIn(403, 404);
        assertThat(workshop.api
                        .get("bergen-fasilitator", workshop.notes(workshop.table))
                        .status())
                .isEqualTo(404);
        List<JsonNode> seenByFacilitator = workshop.notesSeenBy(FACILITATOR, workshop.table, WHY);
        assertThat(texts(seenByFacilitator)).containsExactlyInAnyOrder("Vi når flere innbyggere", "Nye ideer");
        assertThat(seenByFacilitator)
                .allSatisfy(note -> assertThat(note.path("author").isNull()).isTrue());

        workshop.phase("REVEAL");

        for (Guest guest : List.of(kari, ola)) {
            List<JsonNode> seen = guest.notes(workshop.table, WHY);
            assertThat(texts(seen)).containsExactlyInAnyOrder("Vi når flere innbyggere", "Nye ideer");
            assertThat(seen).allSatisfy(note -> {
                assertThat(note.path("revealed").asBoolean()).isTrue();
                assertThat(note.path("author").isNull()).isTrue();
                assertThat(note.toString()).doesNotContain("Kari Nordmann", "Ola Gründer");
            });
            assertThat(seen).filteredOn(note -> note.path("mine").asBoolean()).hasSize(1);
        }
        assertThat(per.notes(workshop.otherTable, WHY)).isEmpty();
    }

    @Test
    void whenTheWorkshopShowsNamesRevealedNotesShowTheirAuthor() {
        workshop.showNames();
        workshop.open(WHY);
        workshop.phase("SILENT_WRITING");
        kari.post(workshop.table, WHY, ZONE, "Med navn");
        assertThat(workshop.notesSeenBy(FACILITATOR, workshop.table, WHY)
                        .get(0)
                        .path("author")
                        .isNull())
                .isTrue();

        workshop.phase("REVEAL");

        assertThat(ola.notes(workshop.table, WHY).get(0).path("author").asString())
                .isEqualTo("Kari Nordmann");
    }

    @Test
    void eachParticipantHasThreeDotsPerSheetAndCanTakeThemBack() {
        workshop.open(WHY);
        workshop.phase("SILENT_WRITING");
        String first = id(kari.post(workshop.table, WHY, ZONE, "Første"));
        String second = id(ola.post(workshop.table, WHY, ZONE, "Andre"));
        assertThat(vote(kari, first, 1).status()).isEqualTo(409);
        workshop.phase("REVEAL");

        assertThat(vote(ola, first, 2).body().path("myVotes").asInt()).isEqualTo(2);
        var third = vote(ola, second, 1);
        assertThat(third.body().path("votes").asInt()).isEqualTo(1);
        var overBudget = vote(ola, second, 2);
        assertThat(overBudget.status()).isEqualTo(409);
        assertThat(overBudget.body().path("code").asString()).isEqualTo("note.vote-budget");
        assertThat(vote(kari, first, 3).body().path("votes").asInt()).isEqualTo(5);
        assertThat(vote(ola, first, 0).body().path("votes").asInt()).isEqualTo(3);
        assertThat(vote(ola, second, 3).status()).isEqualTo(200);
        assertThat(workshop.api
                        .put(FACILITATOR, workshop.notes(workshop.table) + "/" + first + "/votes", Map.of("dots", 1))
                        .status())
                .isEqualTo(403);

        List<JsonNode> seen = ola.notes(workshop.table, WHY);
        assertThat(seen).anySatisfy(note -> {
            assertThat(note.path("id").asString()).isEqualTo(second);
            assertThat(note.path("votes").asInt()).isEqualTo(3);
            assertThat(note.path("myVotes").asInt()).isEqualTo(3);
        });
    }

    @Test
    void beforeTheRevealOnlyTheAuthorMovesANoteAfterItAnyoneAtTheTableAndTheyClusterIt() {
        String sheet = "meeting-points";
        workshop.open(sheet);
        workshop.phase("SILENT_WRITING");
        String note = id(kari.post(workshop.table, sheet, "entrepreneur-view", "Nettverksmøter"));
        String other = id(ola.post(workshop.table, sheet, "municipality-view", "Tilskudd"));
        String move = workshop.notes(workshop.table) + "/" + note + "/move";

        assertThat(ola.send("POST", move, Map.of("zoneKey", "municipality-view"))
                        .status())
                .isEqualTo(404);
        assertThat(kari.send("POST", move, Map.of("zoneKey", "municipality-view"))
                        .body()
                        .path("zoneKey")
                        .asString())
                .isEqualTo("municipality-view");
        workshop.phase("REVEAL");
        var moved = ola.send("POST", move, Map.of("zoneKey", "entrepreneur-view"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().path("zoneKey").asString()).isEqualTo("entrepreneur-view");

        var cluster = ola.send(
                "POST",
                workshop.clusters(workshop.table),
                Map.of("heading", "Møteplasser", "noteIds", List.of(note, other)));

        assertThat(cluster.status()).as(cluster.body().toString()).isEqualTo(201);
        String clusterId = cluster.body().path("id").asString();
        assertThat(kari.notes(workshop.table, sheet))
                .allSatisfy(n -> assertThat(n.path("clusterId").asString()).isEqualTo(clusterId));
        var listed = kari.send("GET", workshop.clusters(workshop.table) + "?sheetKey=" + sheet, null);
        assertThat(listed.body().get(0).path("heading").asString()).isEqualTo("Møteplasser");
        assertThat(listed.body().get(0).path("noteIds")).hasSize(2);
        assertThat(per.send(
                                "POST",
                                workshop.clusters(workshop.table),
                                Map.of("heading", "Fra siden", "noteIds", List.of(note)))
                        .status())
                .isEqualTo(403);
        assertThat(ola.send(
                                "POST",
                                workshop.clusters(workshop.table),
                                Map.of("heading", "x".repeat(81), "noteIds", List.of(note)))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theFacilitatorHidesANoteFromEveryoneElseAndTypesInNotesForATable() {
        workshop.open(WHY);
        workshop.phase("SILENT_WRITING");
        String note = id(kari.post(workshop.table, WHY, ZONE, "Upassende"));
        var typed = workshop.api.post(
                FACILITATOR,
                workshop.notes(workshop.table),
                withPerspective(NoteWorkshop.note(WHY, ZONE, "Fra papir")));
        assertThat(typed.status()).as(typed.body().toString()).isEqualTo(201);
        assertThat(typed.body().path("typedByFacilitator").asBoolean()).isTrue();
        assertThat(typed.body().path("perspective").asString()).isEqualTo("SOCIAL_ENTREPRENEUR");
        assertThat(kari.send("POST", workshop.notes(workshop.table) + "/" + note + "/hide", null)
                        .status())
                .isEqualTo(403);

        var hidden = workshop.api.post(FACILITATOR, workshop.notes(workshop.table) + "/" + note + "/hide", Map.of());
        workshop.phase("REVEAL");

        assertThat(hidden.status()).isEqualTo(200);
        assertThat(texts(kari.notes(workshop.table, WHY))).containsExactly("Fra papir");
        assertThat(texts(ola.notes(workshop.table, WHY))).containsExactly("Fra papir");
        assertThat(workshop.notesSeenBy(FACILITATOR, workshop.table, WHY)).anySatisfy(n -> {
            assertThat(n.path("text").asString()).isEqualTo("Upassende");
            assertThat(n.path("hidden").asBoolean()).isTrue();
        });
    }

    @Test
    void onlyTheAuthorEditsOrWithdrawsANote() {
        workshop.open(WHY);
        workshop.phase("SILENT_WRITING");
        workshop.phase("REVEAL");
        String note = id(kari.post(workshop.table, WHY, ZONE, "Utkast"));
        String path = workshop.notes(workshop.table) + "/" + note;

        var refused = ola.send("PUT", path, Map.of("text", "Overtatt"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("code").asString()).isEqualTo("note.not-author");
        assertThat(ola.send("DELETE", path, null).status()).isEqualTo(403);
        assertThat(kari.send("PUT", path, Map.of("text", "Ferdig"))
                        .body()
                        .path("text")
                        .asString())
                .isEqualTo("Ferdig");
        assertThat(texts(ola.notes(workshop.table, WHY))).containsExactly("Ferdig");

        assertThat(kari.send("DELETE", path, null).status()).isEqualTo(204);
        assertThat(ola.notes(workshop.table, WHY)).isEmpty();
        assertThat(workshop.notesSeenBy(FACILITATOR, workshop.table, WHY)).isEmpty();
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        workshop.open(WHY);
        var reading = kari.post(workshop.table, WHY, ZONE, "For tidlig");
        assertThat(reading.status()).isEqualTo(409);
        assertThat(reading.body().path("code").asString()).isEqualTo("note.phase-closed");
        assertThat(reading.body().path("title").asString()).isNotBlank();
        workshop.phase("SILENT_WRITING");

        var tooLong = kari.post(workshop.table, WHY, ZONE, "x".repeat(501));
        var unknownZone = kari.post(workshop.table, WHY, "nowhere", "Hvor?");
        var otherSheet = kari.post(workshop.table, "meeting-points", "entrepreneur-view", "Feil ark");
        var otherTable = kari.post(workshop.otherTable, WHY, ZONE, "Feil bord");
        var noPerspective =
                workshop.api.post(FACILITATOR, workshop.notes(workshop.table), NoteWorkshop.note(WHY, ZONE, "?"));
        var malformed = kari.send("POST", workshop.notes(workshop.table), "{\"sheetKey\": ");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("code").asString()).isEqualTo("note.text");
        assertThat(tooLong.body().path("detail").asString()).contains("500");
        assertThat(unknownZone.status()).isEqualTo(400);
        assertThat(unknownZone.body().path("code").asString()).isEqualTo("note.unknown-zone");
        assertThat(otherSheet.status()).isEqualTo(409);
        assertThat(otherTable.status()).isEqualTo(403);
        assertThat(noPerspective.status()).isEqualTo(400);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(workshop.notesSeenBy(FACILITATOR, workshop.table, WHY)).isEmpty();
        assertThat(workshop.notesSeenBy(FACILITATOR, workshop.otherTable, WHY)).isEmpty();
    }

    private ApiClient.Response vote(Guest guest, String noteId, int dots) {
        return guest.send("PUT", workshop.notes(workshop.table) + "/" + noteId + "/votes", Map.of("dots", dots));
    }

    private static Map<String, Object> withPerspective(Map<String, Object> note) {
        note.put("perspective", "SOCIAL_ENTREPRENEUR");
        return note;
    }

    private static String id(ApiClient.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.body().path("id").asString();
    }

    private static List<String> texts(List<JsonNode> notes) {
        return notes.stream().map(note -> note.path("text").asString()).toList();
    }
}
