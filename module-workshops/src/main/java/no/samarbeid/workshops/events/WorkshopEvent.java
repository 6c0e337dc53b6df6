package no.samarbeid.workshops.events;

import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;

/** An event of one workshop; {@code shared} tells whether the workshop may appear in national aggregates. */
public interface WorkshopEvent extends DomainEvent {

    UUID workshopId();

    boolean shared();
}
