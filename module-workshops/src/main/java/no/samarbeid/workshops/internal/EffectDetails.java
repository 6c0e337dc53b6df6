package no.samarbeid.workshops.internal;

import java.util.EnumSet;
import java.util.Set;

/** An effect a table expects for a stakeholder, tagged with the benefit types it gives (possibly none). */
record EffectDetails(EffectStakeholder stakeholder, String text, Set<EffectBenefit> benefits) {

    static final int MAX_TEXT = 500;

    EffectDetails {
        text = SheetText.required(text, MAX_TEXT, "sheets.effect-text");
        benefits = benefits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(benefits));
    }
}
