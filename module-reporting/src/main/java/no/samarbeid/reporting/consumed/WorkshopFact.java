package no.samarbeid.reporting.consumed;

import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;

/** An event of {@code samarbeid.workshops}: every one names its workshop and whether it was shared at the time. */
public interface WorkshopFact extends DomainEvent {

    UUID workshopId();

    boolean shared();
}
