package no.samarbeid.workshops.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.workshops.events.PhaseChanged;
import no.samarbeid.workshops.events.SheetOpened;
import org.junit.jupiter.api.Test;

class RunStepUnitTests {

    @Test
    void oneNextButtonRunsEverySheetOfTheAgendaThroughItsPhases() {
        var fixture = new WorkshopFixture("purpose-and-rules", "why-collaborate");
        UUID east = fixture.addTable("Øst");
        UUID west = fixture.addTable("Vest");
        fixture.start();

        assertThat(fixture.workshop.advance(fixture.clock)).isEqualTo(new RunStep("purpose-and-rules", Phase.READING));
        RunStep writing = fixture.workshop.advance(fixture.clock);
        assertThat(writing).isEqualTo(new RunStep("purpose-and-rules", Phase.SILENT_WRITING));
        assertThat(fixture.workshop.table(east).view().phaseEndsAt())
                .as("silent writing gets a third of the sheet's 20 minutes")
                .isEqualTo(fixture.clock.instant().plus(Duration.ofMinutes(6)));
        for (Phase phase : new Phase[] {Phase.REVEAL, Phase.DISCUSSION, Phase.DONE}) {
            assertThat(fixture.workshop.advance(fixture.clock).phase()).isEqualTo(phase);
        }
        assertThat(fixture.workshop.advance(fixture.clock)).isEqualTo(new RunStep("why-collaborate", Phase.READING));
        assertThat(fixture.workshop.table(west).view().sheetKey()).isEqualTo("why-collaborate");
        assertThat(fixture.workshop.registeredEvents())
                .filteredOn(SheetOpened.class::isInstance)
                .hasSize(4);
        assertThat(fixture.workshop.registeredEvents())
                .filteredOn(PhaseChanged.class::isInstance)
                .hasSize(8);
    }

    @Test
    void aTableLeftBehindCatchesUpAndTheLastSheetEndsTheRun() {
        var fixture = new WorkshopFixture("why-collaborate");
        UUID east = fixture.addTable("Øst");
        UUID west = fixture.addTable("Vest");
        fixture.start()
                .open("why-collaborate")
                .phase(Phase.SILENT_WRITING, east)
                .phase(Phase.REVEAL, east);

        assertThat(fixture.workshop.advance(fixture.clock)).isEqualTo(new RunStep("why-collaborate", Phase.DISCUSSION));
        assertThat(fixture.workshop.table(west).view().phase()).isEqualTo("DISCUSSION");

        fixture.workshop.advance(fixture.clock);
        assertThatThrownBy(() -> fixture.workshop.advance(fixture.clock))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("agenda-finished");
    }
}
