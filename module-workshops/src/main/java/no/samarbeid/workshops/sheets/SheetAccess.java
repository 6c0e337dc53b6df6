package no.samarbeid.workshops.sheets;

import java.time.ZoneId;
import java.util.UUID;
import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.workshops.workshop.Actor;
import no.samarbeid.workshops.workshop.Workshop;
import no.samarbeid.workshops.workshop.WorkshopAccess;
import no.samarbeid.workshops.workshop.WorkshopStatus;
import org.springframework.stereotype.Component;

/**
 * Who may read and write the sheets of a table: everyone who may see the workshop reads them; while the workshop
 * runs, its facilitators and admins write for any table and participants for the table they sit at. Writing holds a
 * share lock on the workshop until the transaction ends, so completing the workshop waits for writes in progress.
 */
@Component
public class SheetAccess {

    /** Dates on the sheets (due dates, rules in force) are dates in Norway. */
    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final WorkshopAccess access;

    SheetAccess(WorkshopAccess access) {
        this.access = access;
    }

    public SheetScope readable(UUID workshopId, UUID tableId) {
        Workshop workshop = access.visible(workshopId, Actor.current());
        return scope(workshop, tableId);
    }

    public SheetScope writable(UUID workshopId, UUID tableId) {
        Actor actor = Actor.current();
        Workshop workshop = running(workshopId, actor);
        SheetScope scope = scope(workshop, tableId);
        if (!actor.manages()
                && !tableId.equals(access.participation(workshop, actor).tableId())) {
            throw new AccessRefusedException("sheets.not-your-table");
        }
        return scope;
    }

    /** The workshop, if the actor may see it and it is running; share-locked for the transaction. */
    public Workshop running(UUID workshopId, Actor actor) {
        access.holdChanges(workshopId);
        Workshop workshop = access.visible(workshopId, actor);
        if (workshop.status() != WorkshopStatus.RUNNING) {
            throw new ConflictException("sheets.not-running", workshop.status());
        }
        return workshop;
    }

    private static SheetScope scope(Workshop workshop, UUID tableId) {
        workshop.table(tableId);
        return new SheetScope(workshop.tenantId(), workshop.id(), tableId, workshop.shared());
    }
}
