package no.samarbeid.workshops.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantId;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.events.WorkshopScheduled;
import org.junit.jupiter.api.Test;

class WorkshopUnitTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private final TenantScope oslo = new TenantScope(new TenantId(UUID.randomUUID()), new MunicipalityNumber("0301"));
    private final LocalDate nextMonth = LocalDate.parse("2026-12-27");

    @Test
    void aScheduledWorkshopFollowsTheMunicipalitysSharingDefaultAndIsAnnounced() {
        Workshop workshop =
                Workshop.schedule(oslo, "  Samarbeid om arbeidstrening ", "Rådhuset", nextMonth, true, clock);

        WorkshopView view = workshop.view();
        assertThat(view.title()).isEqualTo("Samarbeid om arbeidstrening");
        assertThat(view.status()).isEqualTo("SCHEDULED");
        assertThat(view.shared()).isTrue();
        assertThat(workshop.registeredEvents())
                .singleElement()
                .isInstanceOfSatisfying(WorkshopScheduled.class, event -> {
                    assertThat(event.workshopId()).isEqualTo(view.id());
                    assertThat(event.tenantId()).isEqualTo(oslo.id().value());
                    assertThat(event.municipalityNumber()).isEqualTo("0301");
                    assertThat(event.shared()).isTrue();
                });
    }

    @Test
    void refusesABlankTitle() {
        assertThatThrownBy(() -> Workshop.schedule(oslo, "   ", "", nextMonth, true, clock))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("workshop.title");
    }

    @Test
    void refusesADateThatHasPassed() {
        assertThatThrownBy(() -> Workshop.schedule(oslo, "Samarbeid", "", LocalDate.parse("2026-11-26"), true, clock))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("workshop.date-in-past");
    }

    @Test
    void acceptsToday() {
        assertThat(Workshop.schedule(oslo, "Samarbeid", "", LocalDate.parse("2026-11-27"), false, clock)
                        .view()
                        .shared())
                .isFalse();
    }
}
