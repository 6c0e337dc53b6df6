package no.samarbeid.workshops.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Shared values of the sheets' unit tests: a fixed clock and two tables of one workshop. */
final class SheetFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    static final Instant NOW = CLOCK.instant();
    static final LocalDate TODAY = LocalDate.parse("2026-11-27");
    static final UUID TENANT = UUID.randomUUID();
    static final UUID WORKSHOP = UUID.randomUUID();
    static final SheetScope TABLE = new SheetScope(TENANT, WORKSHOP, UUID.randomUUID(), true);
    static final SheetScope OTHER_TABLE = new SheetScope(TENANT, WORKSHOP, UUID.randomUUID(), true);

    private SheetFixtures() {}

    static Partner partner(SheetScope scope, String name) {
        return Partner.mention(scope, new PartnerDetails(name, "Arbeidstrening", PartnerZone.MUNICIPALITY), NOW);
    }

    static Effect effect(SheetScope scope) {
        return Effect.identify(
                scope,
                new EffectDetails(EffectStakeholder.CITIZEN, "Flere i arbeid", java.util.Set.of(EffectBenefit.COST)),
                NOW);
    }
}
