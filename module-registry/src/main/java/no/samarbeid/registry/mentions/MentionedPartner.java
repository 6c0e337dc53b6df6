package no.samarbeid.registry.mentions;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * The registry's reading of the workshops' {@code EntrepreneurMentioned.v1}: a sheet-5 partner, latest per
 * {@code partnerId}. {@code organisationNumber} is set when the participant picked a register entry (a later,
 * compatible addition: absent in older events).
 */
record MentionedPartner(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID partnerId,
        String name,
        @Nullable String delivers,
        String zone,
        @Nullable String organisationNumber,
        Instant occurredAt)
        implements DomainEvent {

    static final String TYPE = "no.samarbeid.workshops.EntrepreneurMentioned.v1";
}
