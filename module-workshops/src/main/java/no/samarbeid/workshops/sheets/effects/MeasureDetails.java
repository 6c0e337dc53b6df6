package no.samarbeid.workshops.sheets.effects;

import java.util.Set;
import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.sheets.SheetText;
import org.jspecify.annotations.Nullable;

/**
 * What a table would measure, how, which of its effects (sheet 7) that says something about, and the table's sketch
 * (sheet 6) it belongs to when the table drew more than one.
 */
public record MeasureDetails(
        String what,
        String how,
        Set<UUID> effectIds,
        @Nullable UUID sketchId) {

    static final int MAX_WHAT = 500;
    static final int MAX_HOW = 1000;
    static final int MAX_EFFECTS = 20;

    public MeasureDetails {
        what = SheetText.required(what, MAX_WHAT, "sheets.measure-what");
        how = SheetText.optional(how, MAX_HOW, "sheets.measure-how");
        if (effectIds.size() > MAX_EFFECTS) {
            throw new InvalidInputException("sheets.measure-effects", MAX_EFFECTS);
        }
        effectIds = Set.copyOf(effectIds);
    }

    public MeasureDetails(String what, String how, Set<UUID> effectIds) {
        this(what, how, effectIds, null);
    }
}
