package no.samarbeid.workshops.sheets;

import java.util.Collection;
import org.springframework.data.domain.AbstractAggregateRoot;

/** An aggregate of the sheets' answers that registers events, published when it is saved. */
public abstract class SheetAggregate<A extends SheetAggregate<A>> extends AbstractAggregateRoot<A> {

    /** The events registered and not yet published. */
    public Collection<Object> registeredEvents() {
        return domainEvents();
    }
}
