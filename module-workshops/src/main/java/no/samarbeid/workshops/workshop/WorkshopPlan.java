package no.samarbeid.workshops.workshop;

import java.time.LocalDate;
import java.util.List;
import no.samarbeid.core.web.UserText;
import org.jspecify.annotations.Nullable;

/** What a facilitator asks for when creating a workshop, with the agenda taken from the pinned template. */
record WorkshopPlan(
        String title, String place, @Nullable LocalDate date, String templateReference, List<AgendaView> agenda) {

    WorkshopPlan {
        title = UserText.line(title);
        place = UserText.line(place);
        if (title.isEmpty() || title.length() > Workshop.MAX_TITLE) {
            throw new no.samarbeid.core.web.InvalidInputException("workshop.title", Workshop.MAX_TITLE);
        }
        if (place.length() > Workshop.MAX_PLACE) {
            throw new no.samarbeid.core.web.InvalidInputException("workshop.place", Workshop.MAX_PLACE);
        }
        if (agenda.isEmpty()) {
            throw new no.samarbeid.core.web.InvalidInputException("workshop.empty-agenda");
        }
        agenda = List.copyOf(agenda);
    }
}
