package no.samarbeid.registry.events;

import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;

/** An event of one register entry, identified by its organisation number. */
public interface RegistryEvent extends DomainEvent {

    /** The tenant id of the register's own events: the nil UUID, since no municipality owns the register. */
    UUID NATIONAL = new UUID(0, 0);

    String organisationNumber();
}
