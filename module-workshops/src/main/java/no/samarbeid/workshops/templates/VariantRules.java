package no.samarbeid.workshops.templates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.core.web.UserText;
import org.jspecify.annotations.Nullable;

/**
 * The rules a variant must keep, checked before anything is stored: known sheets of the base, each once, at least
 * one, minutes in range, and texts neither blank nor too long, with every language equally many. Refusals are
 * {@link InvalidInputException}s with a {@code template.variant.*} code; accepted input comes back stripped.
 */
final class VariantRules {

    static final int MAX_NAME = 200;
    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 1000;
    static final int MAX_TEXTS = 20;

    private VariantRules() {}

    static String name(@Nullable String name) {
        String clean = name == null ? "" : UserText.line(name);
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new InvalidInputException("template.variant.name", MAX_NAME);
        }
        return clean;
    }

    static VariantChanges check(Template base, @Nullable List<SheetChange> sheets) {
        if (sheets == null || sheets.isEmpty()) {
            throw new InvalidInputException("template.variant.no-sheets");
        }
        Set<String> seen = new HashSet<>();
        List<SheetChange> checked = new ArrayList<>();
        for (SheetChange change : sheets) {
            String key = change == null || change.key() == null ? "" : change.key();
            Sheet sheet = base.sheet(key)
                    .orElseThrow(() -> new InvalidInputException(
                            "template.variant.sheet-unknown",
                            key,
                            base.reference().value()));
            if (!seen.add(key)) {
                throw new InvalidInputException("template.variant.sheet-duplicate", key);
            }
            checked.add(check(sheet, change));
        }
        return new VariantChanges(checked);
    }

    private static SheetChange check(Sheet sheet, SheetChange change) {
        Integer minutes = change.minutes();
        if (minutes != null && (minutes < TemplateChecks.MIN_MINUTES || minutes > TemplateChecks.MAX_MINUTES)) {
            throw new InvalidInputException(
                    "template.variant.minutes", sheet.key(), TemplateChecks.MIN_MINUTES, TemplateChecks.MAX_MINUTES);
        }
        return new SheetChange(
                sheet.key(),
                minutes,
                title(sheet.key(), change.title()),
                list(
                        sheet.key(),
                        "instructions",
                        change.instructions(),
                        sheet.instructions().size()),
                list(sheet.key(), "tips", change.tips(), sheet.tips().size()));
    }

    private static @Nullable TextChange title(String sheet, @Nullable TextChange title) {
        if (title == null || (title.nb() == null && title.nn() == null && title.en() == null)) {
            return null;
        }
        return new TextChange(
                text(sheet, "title.nb", title.nb(), MAX_TITLE),
                text(sheet, "title.nn", title.nn(), MAX_TITLE),
                text(sheet, "title.en", title.en(), MAX_TITLE));
    }

    private static @Nullable TextListChange list(
            String sheet, String field, @Nullable TextListChange change, int baseCount) {
        if (change == null || (change.nb() == null && change.nn() == null && change.en() == null)) {
            return null;
        }
        var checked = new TextListChange(
                texts(sheet, field + ".nb", change.nb()),
                texts(sheet, field + ".nn", change.nn()),
                texts(sheet, field + ".en", change.en()));
        Set<Integer> counts = new HashSet<>();
        for (List<String> texts : Arrays.asList(checked.nb(), checked.nn(), checked.en())) {
            counts.add(texts == null ? baseCount : texts.size());
        }
        if (counts.size() > 1) {
            throw new InvalidInputException("template.variant.text-count", sheet, field);
        }
        return checked;
    }

    private static @Nullable List<String> texts(String sheet, String field, @Nullable List<String> texts) {
        if (texts == null) {
            return null;
        }
        if (texts.size() > MAX_TEXTS) {
            throw new InvalidInputException("template.variant.too-many-texts", sheet, field, MAX_TEXTS);
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            checked.add(Copies.required(
                    text(sheet, field + "[" + (i + 1) + "]", text == null ? "" : text, MAX_TEXT), field));
        }
        return checked;
    }

    private static @Nullable String text(String sheet, String field, @Nullable String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("template.variant.text-blank", sheet, field);
        }
        if (clean.length() > max) {
            throw new InvalidInputException("template.variant.text-too-long", sheet, field, max);
        }
        return clean;
    }
}
