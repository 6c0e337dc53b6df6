package no.samarbeid.workshops.templates.variants;

import java.io.Serializable;
import java.util.Objects;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.templates.Copies;
import no.samarbeid.workshops.templates.Sheet;
import no.samarbeid.workshops.templates.SheetChange;
import no.samarbeid.workshops.templates.TemplateChecks;
import org.jspecify.annotations.Nullable;

/** One sheet in the variant editor as typed: whether the variant keeps it, its minutes and its texts. */
record SheetDraft(String key, boolean included, String minutes, DraftText title, DraftText instructions, DraftText tips)
        implements Serializable {

    SheetDraft {
        Copies.required(key, "A sheet key");
        minutes = Objects.requireNonNullElse(minutes, "");
    }

    /** The sheet as a template shows it. */
    static SheetDraft of(Sheet sheet, boolean included) {
        return new SheetDraft(
                sheet.key(),
                included,
                String.valueOf(sheet.minutes()),
                DraftText.of(sheet.title()),
                DraftText.lines(sheet.instructions()),
                DraftText.lines(sheet.tips()));
    }

    /** What this sheet changes in the base sheet; minutes that are not a whole number are refused. */
    SheetChange changeOf(Sheet base) {
        return new SheetChange(
                key,
                minutes(base),
                title.changeOf(base.title()),
                instructions.listChangeOf(base.instructions()),
                tips.listChangeOf(base.tips()));
    }

    private @Nullable Integer minutes(Sheet base) {
        String typed = minutes.strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(typed);
            return value == base.minutes() ? null : value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "template.variant.minutes", key, TemplateChecks.MIN_MINUTES, TemplateChecks.MAX_MINUTES);
        }
    }
}
