package no.samarbeid.workshops.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samarbeid.workshops.workshop.WorkshopView;
import org.junit.jupiter.api.Test;

/** The admin's list of workshops: latest date first, undated last, a page at a time. */
class AdminWorkshopListUnitTests {

    @Test
    void theLatestDateComesFirstAndUndatedWorkshopsLast() {
        var list = AdminWorkshopList.of(
                List.of(
                        workshop("Gammel", LocalDate.of(2020, 1, 1)),
                        workshop("Udatert", null),
                        workshop("Ny", LocalDate.of(2030, 1, 1))),
                1);

        assertThat(list.workshops()).extracting(WorkshopView::title).containsExactly("Ny", "Gammel", "Udatert");
        assertThat(list.pages()).isEqualTo(1);
    }

    @Test
    void workshopsComeAPageAtATimeAndAPageOutOfRangeShowsTheNearest() {
        List<WorkshopView> all = new ArrayList<>();
        for (int day = 1; day <= AdminWorkshopList.SIZE + 3; day++) {
            all.add(workshop("Dag " + day, LocalDate.of(2026, 1, 1).plusDays(day)));
        }

        var second = AdminWorkshopList.of(all, 2);
        assertThat(second.workshops()).extracting(WorkshopView::title).containsExactly("Dag 3", "Dag 2", "Dag 1");
        assertThat(second.pages()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(AdminWorkshopList.SIZE + 3);
        assertThat(AdminWorkshopList.of(all, 99).page()).isEqualTo(2);
        assertThat(AdminWorkshopList.of(all, -1).page()).isEqualTo(1);
        assertThat(AdminWorkshopList.of(List.of(), 1).pages()).isEqualTo(1);
    }

    private static WorkshopView workshop(String title, LocalDate date) {
        return new WorkshopView(
                UUID.randomUUID(),
                title,
                "Rådhuset",
                date,
                "DRAFT",
                false,
                false,
                3,
                "veier-til-samarbeid:2017",
                List.of(),
                List.of(),
                List.of(),
                Instant.now(),
                null,
                null);
    }
}
