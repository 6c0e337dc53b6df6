package no.samarbeid.workshops.live;

import static no.samarbeid.workshops.live.LiveBoard.FACILITATOR;
import static no.samarbeid.workshops.live.LiveBoard.guest;
import static no.samarbeid.workshops.live.LiveBoard.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.support.SseClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The live streams end to end, through Kafka: what each person at a table, at another table and the facilitator
 * receives while the table writes in silence and reveals, and a projector by its signed link; resuming with
 * {@code Last-Event-ID}; who is refused.
 */
@IntegrationTest
class LiveStreamIntegrationTests {

    @LocalServerPort
    int port;

    private final List<SseClient> streams = new ArrayList<>();
    private LiveBoard board;
    private String anne;
    private String bjorn;
    private String cecilie;

    @BeforeEach
    void aTableWritesInSilence() {
        board = LiveBoard.start(new ApiClient(port));
        anne = board.join("Anne", board.table);
        bjorn = board.join("Bjørn", board.table);
        cecilie = board.join("Cecilie", board.otherTable);
        board.open(LiveBoard.SHEET);
        board.phase("SILENT_WRITING");
    }

    @AfterEach
    void closeStreams() {
        streams.forEach(SseClient::close);
    }

    @Test
    void anUnrevealedNoteReachesOnlyItsAuthorInFullAndTheFacilitatorWithoutItsAuthor() {
        SseClient author = live(board.tableStream(port, board.table, guest(anne), null));
        SseClient peer = live(board.tableStream(port, board.table, guest(bjorn), null));
        SseClient elsewhere = live(board.tableStream(port, board.otherTable, guest(cecilie), null));
        SseClient facilitator = live(board.plenaryStream(port, user(FACILITATOR)));
        String text = "Hemmelig lapp om møteplasser " + UUID.randomUUID();

        String noteId = board.post(anne, board.table, text);

        var own = author.await("NotePosted").json();
        assertThat(own.path("text").asString()).isEqualTo(text);
        assertThat(own.path("noteId").asString()).isEqualTo(noteId);
        assertThat(own.path("mine").asBoolean()).isTrue();
        assertThat(own.has("authorPseudonym")).isFalse();
        var seen = facilitator.await("NotePosted").json();
        assertThat(seen.path("text").asString()).isEqualTo(text);
        assertThat(seen.path("tableId").asString()).isEqualTo(board.table);
        assertThat(seen.has("authorPseudonym")).isFalse();
        var count = peer.await("note-written").json();
        assertThat(count.path("tableId").asString()).isEqualTo(board.table);
        assertThat(count.path("sheetKey").asString()).isEqualTo(LiveBoard.SHEET);

        board.phase("REVEAL");

        for (SseClient atTable : List.of(author, peer)) {
            var revealed = atTable.await("NotesRevealed").json();
            assertThat(revealed.path("notes").get(0).path("text").asString()).isEqualTo(text);
            assertThat(revealed.path("notes").get(0).path("noteId").asString()).isEqualTo(noteId);
        }
        elsewhere.await("PhaseChanged", LiveStreamIntegrationTests::reveal);
        assertThat(peer.events("NotePosted")).isEmpty();
        String beforeReveal = peer.raw().substring(0, peer.raw().indexOf("event:NotesRevealed"));
        assertThat(beforeReveal).doesNotContain(text).doesNotContain(noteId);
        assertThat(elsewhere.raw()).doesNotContain(text).doesNotContain(noteId).doesNotContain(board.table);
        for (SseClient stream : List.of(author, peer, elsewhere, facilitator)) {
            assertThat(stream.raw()).doesNotContainIgnoringCase("pseudonym").doesNotContain("tenantId");
        }
    }

    @Test
    void everyChangeAtATableReachesEveryoneAtIt() {
        SseClient first = live(board.tableStream(port, board.table, guest(anne), null));
        SseClient second = live(board.tableStream(port, board.table, user(FACILITATOR), null));
        SseClient other = live(board.tableStream(port, board.otherTable, guest(cecilie), null));

        board.phase("REVEAL");

        for (SseClient stream : List.of(first, second)) {
            var changed = stream.await("PhaseChanged", LiveStreamIntegrationTests::reveal)
                    .json();
            assertThat(changed.path("tableId").asString()).isEqualTo(board.table);
            assertThat(changed.path("sheetKey").asString()).isEqualTo(LiveBoard.SHEET);
        }
        var own =
                other.await("PhaseChanged", LiveStreamIntegrationTests::reveal).json();
        assertThat(own.path("tableId").asString()).isEqualTo(board.otherTable);
        assertThat(other.raw()).doesNotContain(board.table);
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsWhatItMissed() {
        SseClient before = live(board.tableStream(port, board.table, guest(bjorn), null));
        String text = "Skrevet mens Bjørn var borte " + UUID.randomUUID();
        board.post(anne, board.table, text);
        before.await("note-written");
        String lastSeen = before.lastEventId();
        before.close();

        board.phase("REVEAL");
        SseClient watcher = live(board.plenaryStream(port, user(FACILITATOR)));
        board.phase("DISCUSSION");
        watcher.await("PhaseChanged", e -> e.json().path("phase").asString().equals("DISCUSSION"));
        SseClient after = board.tableStream(port, board.table, guest(bjorn), lastSeen);
        streams.add(after);

        var revealed = after.await("NotesRevealed").json();
        assertThat(revealed.path("notes").get(0).path("text").asString()).isEqualTo(text);
        after.await("PhaseChanged", e -> e.json().path("phase").asString().equals("DISCUSSION"));
        after.await("ready");
        assertThat(after.events("reset")).isEmpty();
        assertThat(after.events("note-written"))
                .as("already seen before the reconnect")
                .isEmpty();
        assertThat(after.events().subList(0, 3))
                .extracting(SseClient.Event::name)
                .as("replayed in the order of the topic, before ready")
                .containsExactlyInAnyOrder("PhaseChanged", "NotesRevealed", "PhaseChanged");
        assertThat(after.events().get(3).name()).isEqualTo("ready");
    }

    @Test
    void aClientWhoseLastEventIdCannotBeResumedIsToldToReload() {
        SseClient unknown = board.tableStream(port, board.table, guest(anne), "not-an-id");
        SseClient gone = board.tableStream(port, board.table, guest(anne), "99999-0");
        streams.addAll(List.of(unknown, gone));

        assertThat(unknown.await("reset").json().path("reason").asString()).isEqualTo("unknown-id");
        assertThat(gone.await("reset").json().path("reason").asString()).isEqualTo("expired");
        assertThat(gone.await("reset").json().path("message").asString()).isNotBlank();
        gone.await("ready");
    }

    @Test
    void someoneNotAtTheTableOrOutsideTheWorkshopIsRefused() {
        assertRefused(board.tableStream(port, board.table, guest(cecilie), null), 403, "live.not-at-table");
        assertRefused(board.plenaryStream(port, guest(anne)), 403, "workshop.facilitators-only");
        assertRefused(
                board.tableStream(port, board.table, user("bergen-fasilitator"), null), 404, "workshop.not-found");
        assertRefused(board.plenaryStream(port, user("bergen-fasilitator")), 404, "workshop.not-found");
        LiveBoard another = LiveBoard.start(board.api);
        String stranger = another.join("Dag", another.table);
        assertRefused(board.tableStream(port, board.table, guest(stranger), null), 404, "workshop.not-found");
        assertRefused(
                board.tableStream(port, UUID.randomUUID().toString(), guest(anne), null),
                404,
                "workshop.table-not-found");
        assertThat(board.tableStream(port, board.table, null, null).status()).isEqualTo(401);
    }

    @Test
    void aProjectorLinkFollowsEveryTableWithoutLoginButNeverAnUnrevealedNote() {
        String link =
                board.get(board.path("/projector-link")).path("projectorLink").asString();
        String path = URI.create(link).getPath();
        SseClient projector = live(SseClient.open(port, path + "/live", null, null));
        String text = "Lapp som projektoren ikke skal se før den vises " + UUID.randomUUID();

        board.post(anne, board.table, text);
        projector.await("note-written");
        board.phase("REVEAL");

        var revealed = projector.await("NotesRevealed").json();
        assertThat(revealed.path("notes").get(0).path("text").asString()).isEqualTo(text);
        projector.await(
                "PhaseChanged", event -> event.json().path("tableId").asString().equals(board.otherTable));
        String beforeReveal = projector.raw().substring(0, projector.raw().indexOf("event:NotesRevealed"));
        assertThat(beforeReveal).doesNotContain(text);
        assertThat(projector.raw()).doesNotContainIgnoringCase("pseudonym").doesNotContain("tenantId");

        assertRefused(
                SseClient.open(port, path.substring(0, path.length() - 2) + "xy/live", null, null),
                404,
                "projector.invalid-link");
        assertRefused(SseClient.open(port, "/projektor/" + anne + "/live", null, null), 404, "projector.invalid-link");
        board.lifecycle("complete");
        assertRefused(SseClient.open(port, path + "/live", null, null), 410, "projector.ended");
    }

    @Test
    void anIdleStreamGetsHeartbeats() {
        SseClient idle = live(board.tableStream(port, board.otherTable, guest(cecilie), null));

        await().atMost(Duration.ofSeconds(20)).until(() -> idle.comments() > 0);
        assertThat(idle.raw()).contains(":heartbeat");
    }

    private static boolean reveal(SseClient.Event event) {
        return event.json().path("phase").asString().equals("REVEAL");
    }

    private SseClient live(SseClient stream) {
        streams.add(stream);
        assertThat(stream.status()).as(stream.raw()).isEqualTo(200);
        stream.await("ready");
        return stream;
    }

    private void assertRefused(SseClient stream, int status, String code) {
        streams.add(stream);
        assertThat(stream.status()).as(stream.raw()).isEqualTo(status);
        assertThat(stream.problem().path("code").asString()).isEqualTo(code);
    }
}
