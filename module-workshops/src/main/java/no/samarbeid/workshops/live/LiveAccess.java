package no.samarbeid.workshops.live;

import java.util.Optional;
import java.util.UUID;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.workshops.workshop.Actor;
import no.samarbeid.workshops.workshop.Participant;
import no.samarbeid.workshops.workshop.Workshop;
import no.samarbeid.workshops.workshop.WorkshopAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may follow which live stream, decided once when it connects (in the caller's tenant): a table's stream is for
 * those seated at it — account users who joined, guests of the workshop — and for its facilitators and admins; the
 * plenary stream is for facilitators and admins. Outsiders get 404, participants elsewhere 403.
 */
@Component
class LiveAccess {

    private final WorkshopAccess access;

    LiveAccess(WorkshopAccess access) {
        this.access = access;
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
        if (actor.manages()) {
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
}
