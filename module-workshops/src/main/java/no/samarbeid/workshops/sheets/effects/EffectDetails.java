package no.samarbeid.workshops.sheets.effects;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import no.samarbeid.workshops.sheets.SheetText;
import org.jspecify.annotations.Nullable;

/**
 * An effect a table expects for a stakeholder, tagged with the benefit types it gives (possibly none), and the
 * table's sketch (sheet 6) it belongs to when the table drew more than one.
 */
public record EffectDetails(
        EffectStakeholder stakeholder,
        String text,
        Set<EffectBenefit> benefits,
        @Nullable UUID sketchId) {

    static final int MAX_TEXT = 500;

    public EffectDetails {
        text = SheetText.required(text, MAX_TEXT, "sheets.effect-text");
        benefits = benefits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(benefits));
    }

    public EffectDetails(EffectStakeholder stakeholder, String text, Set<EffectBenefit> benefits) {
        this(stakeholder, text, benefits, null);
    }
}
