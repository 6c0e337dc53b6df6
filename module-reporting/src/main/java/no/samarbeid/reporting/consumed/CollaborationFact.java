package no.samarbeid.reporting.consumed;

import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * An event of {@code samarbeid.impact} about one collaboration: its stage and theme and whether it was shared at the
 * time of the event.
 */
public interface CollaborationFact extends DomainEvent {

    UUID collaborationId();

    boolean shared();

    @Nullable
    String theme();

    String stage();
}
