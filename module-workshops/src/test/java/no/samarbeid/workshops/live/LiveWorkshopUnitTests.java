package no.samarbeid.workshops.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.workshops.events.SheetOpened;
import org.junit.jupiter.api.Test;

/** Which events a workshop can replay after a client's last event id, and when it must tell the client to reload. */
class LiveWorkshopUnitTests {

    private final LiveWorkshop workshop = new LiveWorkshop(3);

    @Test
    void replaysEverythingAfterTheLastEventSeen() {
        add(10, 1_000);
        add(11, 2_000);
        add(12, 3_000);

        assertThat(workshop.after(new LiveEventId(0, 10)).orElseThrow())
                .extracting(record -> record.id().offset())
                .containsExactly(11L, 12L);
        assertThat(workshop.after(new LiveEventId(0, 12)).orElseThrow()).isEmpty();
    }

    @Test
    void cannotReplayWhatWasTrimmedOrExpired() {
        add(10, 1_000);
        add(11, 2_000);
        add(12, 3_000);
        add(13, 4_000);

        assertThat(workshop.after(new LiveEventId(0, 9))).isEmpty();
        assertThat(workshop.after(new LiveEventId(0, 10))).isPresent();
        assertThat(workshop.expire(3_500)).isEqualTo(12);
        assertThat(workshop.after(new LiveEventId(0, 11))).isEmpty();
        assertThat(workshop.after(new LiveEventId(0, 12)).orElseThrow()).hasSize(1);
    }

    @Test
    void cannotReplayFromAnotherPartition() {
        add(10, 1_000);

        assertThat(workshop.after(new LiveEventId(1, 5))).isEmpty();
    }

    private void add(long offset, long timestamp) {
        workshop.add(
                new LiveEventId(0, offset),
                timestamp,
                new SheetOpened(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        true,
                        UUID.randomUUID(),
                        "why",
                        Instant.ofEpochMilli(timestamp)));
    }
}
