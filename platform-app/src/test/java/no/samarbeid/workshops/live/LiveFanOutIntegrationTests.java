package no.samarbeid.workshops.live;

import static no.samarbeid.workshops.live.LiveBoard.FACILITATOR;
import static no.samarbeid.workshops.live.LiveBoard.guest;
import static no.samarbeid.workshops.live.LiveBoard.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.SamarbeidApplication;
import no.samarbeid.support.SseClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app instances in one JVM, sharing only the servers: what is written through one reaches streams opened on the
 * other (through Kafka, not memory), an event id from one instance resumes a stream on the other, and a table's
 * connected count adds up the browsers on both.
 */
@IntegrationTest
class LiveFanOutIntegrationTests {

    private static ConfigurableApplicationContext second;
    private static int secondPort;

    @LocalServerPort
    int port;

    private final List<SseClient> streams = new ArrayList<>();

    @BeforeAll
    static void startASecondInstance() {
        List<String> properties = new ArrayList<>(List.of(
                IntegrationTest.class.getAnnotation(SpringBootTest.class).properties()));
        properties.add("server.port=0");
        second = new SpringApplicationBuilder(SamarbeidApplication.class)
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
        secondPort = Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @AfterEach
    void closeStreams() {
        streams.forEach(SseClient::close);
    }

    @Test
    void whatIsWrittenOnOneInstanceReachesStreamsOnAnother() {
        LiveBoard board = LiveBoard.start(new ApiClient(port));
        String anne = board.join("Anne", board.table);
        String bjorn = board.join("Bjørn", board.table);
        board.open(LiveBoard.SHEET);
        board.phase("SILENT_WRITING");
        SseClient peer = live(board.tableStream(secondPort, board.table, guest(bjorn), null));
        SseClient facilitator = live(board.plenaryStream(secondPort, user(FACILITATOR)));
        String text = "Skrevet på instans 1 " + UUID.randomUUID();

        board.post(anne, board.table, text);

        peer.await("note-written");
        assertThat(facilitator.await("NotePosted").json().path("text").asString())
                .isEqualTo(text);
        board.phase("REVEAL");
        assertThat(peer.await("NotesRevealed")
                        .json()
                        .path("notes")
                        .get(0)
                        .path("text")
                        .asString())
                .isEqualTo(text);
        assertThat(peer.raw().substring(0, peer.raw().indexOf("event:NotesRevealed")))
                .doesNotContain(text);
    }

    @Test
    void anEventIdOfOneInstanceResumesAStreamOnAnother() {
        LiveBoard board = LiveBoard.start(new ApiClient(port));
        String anne = board.join("Anne", board.table);
        board.open(LiveBoard.SHEET);
        SseClient first = live(board.tableStream(port, board.table, guest(anne), null));
        board.phase("SILENT_WRITING");
        first.await("PhaseChanged");
        String lastSeen = first.lastEventId();
        first.close();

        SseClient watcher = live(board.plenaryStream(secondPort, user(FACILITATOR)));
        board.phase("REVEAL");
        board.phase("DISCUSSION");
        watcher.await("PhaseChanged", e -> e.json().path("phase").asString().equals("DISCUSSION"));
        SseClient resumed = live(board.tableStream(secondPort, board.table, guest(anne), lastSeen));

        resumed.await("PhaseChanged", e -> e.json().path("phase").asString().equals("DISCUSSION"));
        assertThat(resumed.events("reset")).isEmpty();
        assertThat(resumed.events("PhaseChanged"))
                .extracting(e -> e.json().path("phase").asString())
                .containsExactly("REVEAL", "DISCUSSION");
    }

    @Test
    void theConnectedCountOfATableSumsItsPageStreamsOnEveryInstance() {
        LiveBoard board = LiveBoard.start(new ApiClient(port));
        String anne = board.join("Anne", board.table);
        String bjorn = board.join("Bjørn", board.table);
        String page = "/workshops/" + board.id + "/bord/" + board.table + "/live";
        SseClient first = live(SseClient.open(port, page, guest(anne), null));
        first.await("presence", connected(1));

        SseClient second = live(SseClient.open(secondPort, page, guest(bjorn), null));

        first.await("presence", connected(2));
        second.await("presence", connected(2));
        second.close();
        // The server learns of a closed stream when a heartbeat (every 3 s in tests) fails to write.
        await().atMost(Duration.ofSeconds(20)).until(() -> lastConnected(first) == 1);
    }

    private static int lastConnected(SseClient stream) {
        List<SseClient.Event> counts = stream.events("presence");
        return counts.get(counts.size() - 1).json().path("connected").asInt();
    }

    private static Predicate<SseClient.Event> connected(int count) {
        return event -> event.json().path("connected").asInt() == count;
    }

    private SseClient live(SseClient stream) {
        streams.add(stream);
        assertThat(stream.status()).as(stream.raw()).isEqualTo(200);
        stream.await("ready");
        return stream;
    }
}
