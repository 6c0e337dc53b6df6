package no.samarbeid.workshops.workshop;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samarbeid.workshops.templates.Sheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adjusts a workshop's agenda within its pinned template: leave sheets out, reorder them, change their minutes. */
@Service
public class AgendaService {

    private final Workshops workshops;
    private final WorkshopAccess access;
    private final TemplateSnapshots templates;
    private final Clock clock;

    AgendaService(Workshops workshops, WorkshopAccess access, TemplateSnapshots templates, Clock clock) {
        this.workshops = workshops;
        this.access = access;
        this.templates = templates;
        this.clock = clock;
    }

    /** Replaces the agenda with these sheets in this order; only the workshop's facilitators and admins may. */
    @Transactional
    public WorkshopView adjust(UUID workshopId, List<AgendaView> agenda) {
        Workshop workshop = access.managed(workshopId, Actor.current());
        Set<String> sheets =
                templates.template(workshopId).sheets().stream().map(Sheet::key).collect(Collectors.toSet());
        workshop.adjustAgenda(agenda, sheets, clock);
        return workshops.save(workshop).view();
    }
}
