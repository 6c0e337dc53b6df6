package no.samarbeid.workshops.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantId;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.events.PhaseChanged;
import no.samarbeid.workshops.events.SheetOpened;
import no.samarbeid.workshops.events.WorkshopCompleted;
import no.samarbeid.workshops.events.WorkshopScheduled;
import no.samarbeid.workshops.events.WorkshopSharingChanged;
import no.samarbeid.workshops.events.WorkshopStarted;
import org.junit.jupiter.api.Test;

class WorkshopUnitTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private final TenantScope oslo = new TenantScope(new TenantId(UUID.randomUUID()), new MunicipalityNumber("0301"));
    private final LocalDate nextMonth = LocalDate.parse("2026-12-27");
    private final List<AgendaView> agenda =
            List.of(new AgendaView("why-collaborate", 20), new AgendaView("meeting-points", 25));

    @Test
    void aWorkshopWithADateIsScheduledWithTheMunicipalitysSharingDefault() {
        Workshop workshop = create(nextMonth, true);

        assertThat(workshop.status()).isEqualTo(WorkshopStatus.SCHEDULED);
        assertThat(workshop.view().title()).isEqualTo("Samarbeid om arbeidstrening");
        assertThat(workshop.registeredEvents())
                .singleElement()
                .isInstanceOfSatisfying(WorkshopScheduled.class, event -> {
                    assertThat(event.workshopId()).isEqualTo(workshop.id());
                    assertThat(event.municipalityNumber()).isEqualTo("0301");
                    assertThat(event.shared()).isTrue();
                });
    }

    @Test
    void aWorkshopWithoutADateIsADraftUntilScheduled() {
        Workshop workshop = create(null, false);
        assertThat(workshop.status()).isEqualTo(WorkshopStatus.DRAFT);
        assertThat(workshop.registeredEvents()).isEmpty();

        workshop.schedule(nextMonth, oslo, clock);

        assertThat(workshop.status()).isEqualTo(WorkshopStatus.SCHEDULED);
        assertThatThrownBy(() -> workshop.schedule(nextMonth, oslo, clock)).isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesABlankTitleAnEmptyAgendaAndADateThatHasPassed() {
        assertThatThrownBy(() -> new WorkshopPlan("  ", "", nextMonth, "ref", agenda))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("workshop.title");
        assertThatThrownBy(() -> new WorkshopPlan("Samarbeid", "", nextMonth, "ref", List.of()))
                .hasMessage("workshop.empty-agenda");
        assertThatThrownBy(() -> create(LocalDate.parse("2026-11-26"), true)).hasMessage("workshop.date-in-past");
    }

    @Test
    void doesNotStartWithoutATable() {
        Workshop workshop = create(nextMonth, true);

        assertThatThrownBy(() -> workshop.start(clock)).hasMessage("workshop.no-tables");

        workshop.addTable("Bord 1");
        workshop.start(clock);
        assertThat(workshop.status()).isEqualTo(WorkshopStatus.RUNNING);
        assertThat(workshop.registeredEvents()).last().isInstanceOf(WorkshopStarted.class);
    }

    @Test
    void aDraftCannotStartAndNothingGoesBack() {
        Workshop draft = create(null, true);
        draft.addTable("Bord 1");
        assertThatThrownBy(() -> draft.start(clock)).hasMessage("workshop.wrong-status");

        Workshop workshop = running();
        workshop.complete(clock);
        assertThatThrownBy(() -> workshop.start(clock)).hasMessage("workshop.wrong-status");
        assertThatThrownBy(() -> workshop.complete(clock)).hasMessage("workshop.wrong-status");
        workshop.archive();
        assertThat(workshop.status()).isEqualTo(WorkshopStatus.ARCHIVED);
        assertThat(workshop.registeredEvents()).anyMatch(WorkshopCompleted.class::isInstance);
    }

    @Test
    void aFinishedWorkshopRefusesChanges() {
        Workshop workshop = running();
        workshop.complete(clock);

        assertThatThrownBy(() -> workshop.addTable("Bord 2")).hasMessage("workshop.finished");
        assertThatThrownBy(() -> workshop.configure(true, 3)).hasMessage("workshop.finished");
        assertThatThrownBy(() -> workshop.openSheet("why-collaborate", null, clock))
                .hasMessage("workshop.wrong-status");
        assertThat(workshop.admitsParticipants()).isFalse();
    }

    @Test
    void sheetsOpenOnlyFromTheAgendaAtOneOrAllTables() {
        Workshop workshop = running();
        WorkshopTable second = workshop.addTable("Bord 2");

        assertThatThrownBy(() -> workshop.openSheet("procurement-myths", null, clock))
                .hasMessage("workshop.sheet-not-in-agenda");
        workshop.openSheet("why-collaborate", null, clock);
        workshop.openSheet("meeting-points", second.id(), clock);

        assertThat(workshop.tables())
                .extracting(WorkshopTable::sheetKey)
                .containsExactly("why-collaborate", "meeting-points");
        assertThat(workshop.registeredEvents())
                .filteredOn(SheetOpened.class::isInstance)
                .hasSize(3);
    }

    @Test
    void phasesOnlyMoveForwardWithACountdown() {
        Workshop workshop = running();
        UUID table = workshop.tables().get(0).id();
        assertThatThrownBy(() -> workshop.changePhase(Phase.SILENT_WRITING, null, table, clock))
                .hasMessage("workshop.no-sheet-open");
        workshop.openSheet("why-collaborate", table, clock);

        workshop.changePhase(Phase.SILENT_WRITING, Duration.ofMinutes(5), table, clock);

        assertThat(workshop.phaseAt(table, "why-collaborate")).isEqualTo(Phase.SILENT_WRITING);
        assertThat(workshop.tables().get(0).view().phaseEndsAt())
                .isEqualTo(clock.instant().plusSeconds(300));
        assertThat(workshop.registeredEvents())
                .last()
                .isInstanceOfSatisfying(
                        PhaseChanged.class, event -> assertThat(event.phase()).isEqualTo("SILENT_WRITING"));
        assertThatThrownBy(() -> workshop.changePhase(Phase.READING, null, table, clock))
                .hasMessage("workshop.phase-backwards");
    }

    @Test
    void aCountdownPausesResumesAndExtends() {
        Workshop workshop = running();
        UUID table = workshop.tables().get(0).id();
        workshop.openSheet("why-collaborate", table, clock);
        workshop.changePhase(Phase.SILENT_WRITING, Duration.ofMinutes(5), table, clock);
        Clock later = Clock.offset(clock, Duration.ofMinutes(2));

        workshop.changeTimer(TimerAction.PAUSE, null, table, later);
        assertThat(workshop.tables().get(0).view().pausedRemainingSeconds()).isEqualTo(180);
        assertThat(workshop.tables().get(0).view().phaseEndsAt()).isNull();

        workshop.changeTimer(TimerAction.EXTEND, Duration.ofMinutes(2), table, later);
        workshop.changeTimer(TimerAction.RESUME, null, table, later);
        assertThat(workshop.tables().get(0).view().phaseEndsAt())
                .isEqualTo(later.instant().plusSeconds(300));
    }

    @Test
    void aChangeOfNationalVisibilityIsPublishedOnce() {
        Workshop workshop = create(nextMonth, true);

        workshop.changeSharing(false, clock);
        workshop.changeSharing(false, clock);

        assertThat(workshop.registeredEvents())
                .filteredOn(WorkshopSharingChanged.class::isInstance)
                .hasSize(1);
        assertThat(workshop.shared()).isFalse();
    }

    @Test
    void aCompletedOrArchivedWorkshopsSharingCanStillBeWithdrawnAndGivenAgain() {
        Workshop workshop = running();
        workshop.complete(clock);

        workshop.changeSharing(false, clock);
        workshop.archive();
        workshop.changeSharing(true, clock);

        assertThat(workshop.registeredEvents())
                .filteredOn(WorkshopSharingChanged.class::isInstance)
                .extracting(event -> ((WorkshopSharingChanged) event).shared())
                .containsExactly(false, true);
        assertThat(workshop.shared()).isTrue();
    }

    @Test
    void dotsPerPersonStayWithinOneAndTwenty() {
        Workshop workshop = create(nextMonth, true);

        assertThatThrownBy(() -> workshop.configure(false, 0)).hasMessage("workshop.dots");
        workshop.configure(true, 5);
        assertThat(workshop.dotsPerPerson()).isEqualTo(5);
        assertThat(workshop.anonymous()).isFalse();
    }

    private Workshop running() {
        Workshop workshop = create(nextMonth, true);
        workshop.addTable("Bord 1");
        workshop.start(clock);
        return workshop;
    }

    private Workshop create(LocalDate date, boolean shared) {
        return Workshop.create(
                new WorkshopPlan(" Samarbeid om arbeidstrening ", "Rådhuset", date, "veier-til-samarbeid:2017", agenda),
                oslo,
                "oslo-fasilitator",
                shared,
                JoinCodes.generate(),
                clock);
    }
}
