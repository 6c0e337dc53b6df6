package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code no.samarbeid.workshops.EffectIdentified.v1}: an effect for a stakeholder on sheet 7. */
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
        Instant occurredAt)
        implements TableFact {}
