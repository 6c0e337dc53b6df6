package no.samarbeid.workshops.sheets.effects;

import static no.samarbeid.workshops.sheets.SheetFixtures.NOW;

import java.util.Set;
import no.samarbeid.workshops.sheets.SheetScope;

/** Effects for the unit tests of sheets 7 and 8. */
final class EffectFixtures {

    private EffectFixtures() {}

    static Effect effect(SheetScope scope) {
        return Effect.identify(
                scope, new EffectDetails(EffectStakeholder.CITIZEN, "Flere i arbeid", Set.of(EffectBenefit.COST)), NOW);
    }
}
