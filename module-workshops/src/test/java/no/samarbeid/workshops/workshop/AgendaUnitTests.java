package no.samarbeid.workshops.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantId;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.events.AgendaAdjusted;
import org.junit.jupiter.api.Test;

/** Adjusting a workshop's agenda: what the facilitator may change, when, and what stays as it was. */
class AgendaUnitTests {

    private static final Set<String> TEMPLATE =
            Set.of("purpose-and-rules", "why-collaborate", "meeting-points", "new-meeting-places", "next-steps");

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private final TenantScope oslo = new TenantScope(new TenantId(UUID.randomUUID()), new MunicipalityNumber("0301"));

    @Test
    void beforeTheStartSheetsAreLeftOutReorderedAndRetimedWithOneEvent() {
        Workshop workshop = scheduled();

        workshop.adjustAgenda(
                List.of(agenda("meeting-points", 30), agenda("purpose-and-rules", 5), agenda("next-steps", 15)),
                TEMPLATE,
                clock);

        assertThat(workshop.view().agenda())
                .containsExactly(
                        new AgendaView("meeting-points", 30),
                        new AgendaView("purpose-and-rules", 5),
                        new AgendaView("next-steps", 15));
        assertThat(workshop.registeredEvents()).last().isInstanceOfSatisfying(AgendaAdjusted.class, event -> {
            assertThat(event.workshopId()).isEqualTo(workshop.id());
            assertThat(event.tenantId()).isEqualTo(oslo.id().value());
            assertThat(event.sheetKeys()).containsExactly("meeting-points", "purpose-and-rules", "next-steps");
        });
    }

    @Test
    void theSameAgendaAgainChangesNothingAndPublishesNothing() {
        Workshop workshop = scheduled();
        int before = workshop.registeredEvents().size();

        workshop.adjustAgenda(workshop.view().agenda(), TEMPLATE, clock);

        assertThat(workshop.registeredEvents()).hasSize(before);
    }

    @Test
    void refusesAnEmptyAgendaForeignOrRepeatedSheetsAndMinutesOutsideOneToHundredTwenty() {
        Workshop workshop = scheduled();
        List<AgendaView> before = workshop.view().agenda();

        Map<String, List<AgendaView>> refused = Map.of(
                "workshop.empty-agenda", List.of(),
                "workshop.agenda-unknown-sheet", List.of(agenda("effects", 20)),
                "workshop.agenda-duplicate-sheet", List.of(agenda("why-collaborate", 20), agenda("why-collaborate", 5)),
                "workshop.agenda-minutes", List.of(agenda("why-collaborate", 0)));
        refused.forEach((code, wanted) -> assertThatThrownBy(() -> workshop.adjustAgenda(wanted, TEMPLATE, clock))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(code));
        assertThatThrownBy(() -> workshop.adjustAgenda(List.of(agenda("why-collaborate", 121)), TEMPLATE, clock))
                .hasMessage("workshop.agenda-minutes");

        assertThat(workshop.view().agenda()).isEqualTo(before);
    }

    @Test
    void whileRunningAnOpenedSheetStaysWithItsMinutesButMayMoveAndOthersChange() {
        Workshop workshop = scheduled();
        workshop.addTable("Bord 1");
        workshop.start(clock);
        workshop.openSheet("why-collaborate", null, clock);

        assertThatThrownBy(() -> workshop.adjustAgenda(List.of(agenda("meeting-points", 25)), TEMPLATE, clock))
                .isInstanceOf(ConflictException.class)
                .hasMessage("workshop.agenda-sheet-opened");
        assertThatThrownBy(() -> workshop.adjustAgenda(
                        List.of(agenda("why-collaborate", 30), agenda("meeting-points", 25)), TEMPLATE, clock))
                .hasMessage("workshop.agenda-sheet-opened");

        workshop.adjustAgenda(List.of(agenda("meeting-points", 10), agenda("why-collaborate", 20)), TEMPLATE, clock);

        assertThat(workshop.view().agenda())
                .containsExactly(new AgendaView("meeting-points", 10), new AgendaView("why-collaborate", 20));
        assertThat(workshop.view().openedSheets()).containsExactly("why-collaborate");
    }

    @Test
    void aSheetLeftOutCannotBeOpenedAndNothingChangesOnceCompleted() {
        Workshop workshop = scheduled();
        workshop.adjustAgenda(List.of(agenda("why-collaborate", 20)), TEMPLATE, clock);
        workshop.addTable("Bord 1");
        workshop.start(clock);

        assertThatThrownBy(() -> workshop.openSheet("meeting-points", null, clock))
                .hasMessage("workshop.sheet-not-in-agenda");

        workshop.complete(clock);
        assertThatThrownBy(() -> workshop.adjustAgenda(List.of(agenda("why-collaborate", 25)), TEMPLATE, clock))
                .isInstanceOf(ConflictException.class)
                .hasMessage("workshop.finished");
    }

    private Workshop scheduled() {
        return Workshop.create(
                new WorkshopPlan(
                        "Agenda",
                        "Rådhuset",
                        LocalDate.parse("2026-12-01"),
                        "veier-til-samarbeid:2017",
                        List.of(
                                agenda("purpose-and-rules", 5),
                                agenda("why-collaborate", 20),
                                agenda("meeting-points", 25),
                                agenda("next-steps", 10))),
                oslo,
                "oslo-fasilitator",
                true,
                JoinCodes.generate(),
                clock);
    }

    private static AgendaView agenda(String key, int minutes) {
        return new AgendaView(key, minutes);
    }
}
