package no.samarbeid.workshops.workshop;

import java.util.UUID;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.core.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a workshop: facilitators and admins of the municipality manage it; participants
 * with an account see it when invited; a guest sees only the workshop of their session. Anyone else gets 404, as
 * if it did not exist.
 */
@Component
public class WorkshopAccess {

    private final Workshops workshops;
    private final Participants participants;

    WorkshopAccess(Workshops workshops, Participants participants) {
        this.workshops = workshops;
        this.participants = participants;
    }

    /** The workshop, if the actor may see it. */
    public Workshop visible(UUID workshopId, Actor actor) {
        TenantContext.require();
        Workshop workshop = workshops.findById(workshopId).orElseThrow(WorkshopAccess::notFound);
        boolean visible = actor.manages()
                || (actor.guest() && workshopId.equals(actor.guestWorkshop()))
                || (actor.username() != null && workshop.invited(actor.username()));
        if (!visible) {
            throw notFound();
        }
        return workshop;
    }

    /** The workshop, if the actor manages it (403 for participants who may see it, 404 for others). */
    public Workshop managed(UUID workshopId, Actor actor) {
        Workshop workshop = visible(workshopId, actor);
        if (!actor.manages()) {
            throw new AccessRefusedException("workshop.facilitators-only");
        }
        return workshop;
    }

    /** The actor's own participation in the workshop. */
    public Participant participation(Workshop workshop, Actor actor) {
        if (actor.guest()) {
            return participants
                    .findById(actor.guestParticipant())
                    .filter(p -> p.workshopId().equals(workshop.id()))
                    .orElseThrow(WorkshopAccess::notFound);
        }
        return participants
                .findByWorkshopIdAndUsername(workshop.id(), actor.username())
                .orElseThrow(() -> new AccessRefusedException("workshop.not-joined"));
    }

    public static NotFoundException notFound() {
        return new NotFoundException("workshop.not-found");
    }
}
