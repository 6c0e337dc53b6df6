package no.samarbeid.workshops.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An effect as the API shows it. */
record EffectView(
        UUID id, EffectStakeholder stakeholder, String text, Set<EffectBenefit> benefits, Instant createdAt) {}
