package no.samarbeid.reporting.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samarbeid.reporting.consumed.NoteWithdrawn;
import no.samarbeid.reporting.consumed.WorkshopFact;
import no.samarbeid.reporting.consumed.WorkshopSharingChanged;
import org.junit.jupiter.api.Test;

/**
 * A workshop's sharing as reporting keeps it: every event carries the sharing of its time, and whatever order they
 * arrive in, the workshop ends with the sharing of the latest decision; an old event never undoes a newer one.
 */
class WorkshopSharingUnitTests {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID WORKSHOP = UUID.randomUUID();
    private static final Instant T = Instant.parse("2026-03-12T10:00:00Z");

    @Test
    void anOldEventResubmittedAfterSharingWasTurnedOffDoesNotTurnItBackOn() {
        assertThat(shared(List.of(note(true, 10), changed(false, 20), note(true, 5))))
                .isFalse();
    }

    @Test
    void everyOrderOfAnOnOffOnHistoryEndsShared() {
        List<WorkshopFact> history =
                List.of(note(true, 1), changed(false, 10), note(false, 15), changed(true, 20), note(true, 25));
        for (List<WorkshopFact> order : permutations(history)) {
            assertThat(shared(order)).as(order.toString()).isTrue();
        }
    }

    @Test
    void everyOrderOfAnOnOffHistoryEndsNotShared() {
        List<WorkshopFact> history = List.of(note(true, 1), note(true, 5), changed(false, 10), note(false, 15));
        for (List<WorkshopFact> order : permutations(history)) {
            assertThat(shared(order)).as(order.toString()).isFalse();
        }
    }

    private static boolean shared(List<WorkshopFact> events) {
        WorkshopDocument document = WorkshopDocument.stub(WORKSHOP.toString(), TENANT.toString());
        events.forEach(event -> WorkshopProjection.share(document, event));
        return document.workshopShared;
    }

    private static WorkshopFact note(boolean shared, int seconds) {
        return new NoteWithdrawn(
                UUID.randomUUID(),
                TENANT,
                WORKSHOP,
                shared,
                UUID.randomUUID(),
                UUID.randomUUID(),
                T.plusSeconds(seconds));
    }

    private static WorkshopFact changed(boolean shared, int seconds) {
        return new WorkshopSharingChanged(UUID.randomUUID(), TENANT, WORKSHOP, shared, T.plusSeconds(seconds));
    }

    private static List<List<WorkshopFact>> permutations(List<WorkshopFact> events) {
        if (events.isEmpty()) {
            return List.of(List.of());
        }
        List<List<WorkshopFact>> all = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            List<WorkshopFact> rest = new ArrayList<>(events);
            WorkshopFact first = rest.remove(i);
            for (List<WorkshopFact> tail : permutations(rest)) {
                List<WorkshopFact> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
