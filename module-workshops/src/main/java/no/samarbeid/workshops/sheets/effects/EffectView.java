package no.samarbeid.workshops.sheets.effects;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An effect as the API shows it. */
public record EffectView(
        UUID id,
        EffectStakeholder stakeholder,
        String text,
        Set<EffectBenefit> benefits,
        @Nullable UUID sketchId,
        Instant createdAt) {}
