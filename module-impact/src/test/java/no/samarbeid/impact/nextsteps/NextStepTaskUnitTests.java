package no.samarbeid.impact.nextsteps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A next step from sheet 10 is an open task, overdue after its due date until done or dropped; late words lose. */
class NextStepTaskUnitTests {

    private static final Instant NOW = Instant.parse("2027-01-10T08:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2027, 1, 15);

    private final NextStepTask task = NextStepTask.agreed(UUID.randomUUID(), step("Ringe entreprenøren", NOW), NOW);

    @Test
    void anOpenStepIsOverdueAfterItsDueDateUntilItIsDone() {
        assertThat(task.view(DUE).overdue()).isFalse();
        assertThat(task.view(DUE.plusDays(1)).overdue()).isTrue();

        task.mark(TaskStatus.DONE, NOW);

        assertThat(task.view(DUE.plusDays(1)).overdue()).isFalse();
        assertThat(task.view(DUE.plusDays(1)).status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void anOlderWordingArrivingLateChangesNothingAndANewerOneKeepsTheStatus() {
        task.mark(TaskStatus.DROPPED, NOW);

        assertThat(task.revised(step("Gammel tekst", NOW.minusSeconds(60)), NOW))
                .isFalse();
        assertThat(task.revised(step("Ringe og møte entreprenøren", NOW.plusSeconds(60)), NOW))
                .isTrue();

        NextStepView view = task.view(DUE);
        assertThat(view.text()).isEqualTo("Ringe og møte entreprenøren");
        assertThat(view.status()).isEqualTo(TaskStatus.DROPPED);
    }

    private static NextStepFacts step(String text, Instant at) {
        return new NextStepFacts(
                UUID.fromString("e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9"),
                UUID.randomUUID(),
                UUID.randomUUID(),
                text,
                "Enhet for arbeid",
                DUE,
                true,
                at);
    }
}
