package no.samarbeid.workshops.sheets.effects;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An effect as the API shows it. */
public record EffectView(
        UUID id, EffectStakeholder stakeholder, String text, Set<EffectBenefit> benefits, Instant createdAt) {}
