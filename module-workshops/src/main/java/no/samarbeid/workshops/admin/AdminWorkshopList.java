package no.samarbeid.workshops.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import no.samarbeid.workshops.workshop.WorkshopView;

/**
 * One page of the municipality's workshops for its admin: the latest date first (undated ones last, the newest of
 * equal dates first), {@value #SIZE} a page.
 */
record AdminWorkshopList(List<WorkshopView> workshops, int page, int pages, int total) {

    static final int SIZE = 25;

    private static final Comparator<WorkshopView> LATEST_FIRST = Comparator.comparing(
                    WorkshopView::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(WorkshopView::createdAt, Comparator.<Instant>reverseOrder());

    /** The requested page (from 1) of all the workshops, or the nearest page there is. */
    static AdminWorkshopList of(List<WorkshopView> all, int requested) {
        int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        int page = Math.min(Math.max(requested, 1), pages);
        List<WorkshopView> shown = all.stream()
                .sorted(LATEST_FIRST)
                .skip((long) (page - 1) * SIZE)
                .limit(SIZE)
                .toList();
        return new AdminWorkshopList(shown, page, pages, all.size());
    }
}
