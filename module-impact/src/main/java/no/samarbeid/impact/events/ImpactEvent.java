package no.samarbeid.impact.events;

import no.samarbeid.core.events.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * An event of the impact module; {@code shared} tells whether it may appear in national aggregates, {@code theme}
 * is the key of a {@code no.samarbeid.core.reference.Theme} (null while a sketched collaboration has none yet).
 */
public interface ImpactEvent extends DomainEvent {

    boolean shared();

    @Nullable
    String theme();
}
