package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * A table identified an effect of a collaboration for a stakeholder (sheet 7), or revised it: consumers keep the
 * latest per {@code effectId}. {@code stakeholder} is {@code MUNICIPALITY}, {@code ENTREPRENEUR} or {@code CITIZEN};
 * {@code benefitTypes} (possibly none) are among {@code QUALITY}, {@code TIME} and {@code COST}, in that order;
 * {@code sketchId} is the table's sketch (see {@link CollaborationSketched}) it belongs to, if the table chose one.
 */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record EffectIdentified(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID effectId,
        String stakeholder,
        String text,
        List<String> benefitTypes,
        @Nullable UUID sketchId,
        Instant occurredAt)
        implements WorkshopEvent {}
