package no.samarbeid.workshops.live;

import java.util.Optional;
import java.util.UUID;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.workshops.workshop.Actor;
import no.samarbeid.workshops.workshop.Participant;
import no.samarbeid.workshops.workshop.ProjectorLinks;
import no.samarbeid.workshops.workshop.ProjectorPass;
import no.samarbeid.workshops.workshop.Workshop;
import no.samarbeid.workshops.workshop.WorkshopAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may follow which live stream, decided once when it connects (in the caller's tenant): a table's stream is for
 * those seated at it — account users who joined, guests of the workshop — and for its facilitators and admins; the
 * plenary stream is for facilitators and admins, and, without their sight of unrevealed notes, for a projector's
 * signed link until the workshop ends. Outsiders get 404, participants elsewhere 403.
 */
@Component
class LiveAccess {

    private final WorkshopAccess access;
    private final ProjectorLinks projectorLinks;

    LiveAccess(WorkshopAccess access, ProjectorLinks projectorLinks) {
        this.access = access;
        this.projectorLinks = projectorLinks;
    }

    @Transactional(readOnly = true)
    LiveAudience table(UUID workshopId, UUID tableId) {
        Actor actor = Actor.current();
        Workshop workshop = access.visible(workshopId, actor);
        workshop.table(tableId);
        UUID tenantId = TenantContext.require().id().value();
        Optional<Participant> seat = access.seat(workshop, actor).filter(p -> tableId.equals(p.tableId()));
        if (seat.isPresent()) {
            return LiveAudience.participant(
                    tenantId, workshopId, tableId, seat.get().pseudonym());
        }
        if (access.manages(workshop, actor)) {
            return LiveAudience.facilitatorAt(tenantId, workshopId, tableId);
        }
        access.participation(workshop, actor);
        throw new AccessRefusedException("live.not-at-table");
    }

    @Transactional(readOnly = true)
    LiveAudience plenary(UUID workshopId) {
        access.managed(workshopId, Actor.current());
        return LiveAudience.plenary(TenantContext.require().id().value(), workshopId);
    }

    /** The plenary as a projector's signed link follows it: refused when tampered (404) or once ended (410). */
    LiveAudience projector(String token) {
        ProjectorPass pass = projectorLinks.verify(token);
        pass.callAs(() -> projectorLinks.show(pass));
        return LiveAudience.projector(pass.tenantId(), pass.workshopId());
    }
}
