package no.samarbeid.workshops.sheets.effects;

import java.util.EnumSet;
import java.util.Set;
import no.samarbeid.workshops.sheets.SheetText;

/** An effect a table expects for a stakeholder, tagged with the benefit types it gives (possibly none). */
public record EffectDetails(EffectStakeholder stakeholder, String text, Set<EffectBenefit> benefits) {

    static final int MAX_TEXT = 500;

    public EffectDetails {
        text = SheetText.required(text, MAX_TEXT, "sheets.effect-text");
        benefits = benefits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(benefits));
    }
}
