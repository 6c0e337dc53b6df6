package no.samarbeid.workshops.templates.variants;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import no.samarbeid.workshops.templates.ResolvedTemplate;
import no.samarbeid.workshops.templates.SheetChange;
import no.samarbeid.workshops.templates.Template;
import no.samarbeid.workshops.templates.VariantChanges;
import no.samarbeid.workshops.templates.VariantDefinition;
import no.samarbeid.workshops.templates.VariantRequest;

/**
 * What the admin has typed into the variant editor: the name, and every sheet of the base edition in the order
 * shown, each kept or left out. It lives in the admin's session between the form's posts until saved or discarded.
 */
record VariantDraft(String name, List<SheetDraft> sheets) implements Serializable {

    VariantDraft {
        name = Objects.requireNonNullElse(name, "");
        sheets = List.copyOf(sheets);
    }

    /** The saved variant: the sheets it keeps, in its order, then the base's other sheets, left out. */
    static VariantDraft of(VariantDefinition definition, Template base) {
        ResolvedTemplate variant =
                new VariantChanges(definition.sheets()).applyTo(base, definition.base(), definition.name());
        List<SheetDraft> sheets = new ArrayList<>();
        variant.sheets().forEach(sheet -> sheets.add(SheetDraft.of(sheet, true)));
        base.sheets().stream()
                .filter(sheet -> variant.sheet(sheet.key()).isEmpty())
                .forEach(sheet -> sheets.add(SheetDraft.of(sheet, false)));
        return new VariantDraft(definition.name(), sheets);
    }

    /** The draft with the sheet moved one place up ({@code -1}) or down ({@code 1}); at either end nothing moves. */
    VariantDraft moved(String key, int step) {
        List<SheetDraft> moved = new ArrayList<>(sheets);
        for (int i = 0; i < moved.size(); i++) {
            int target = i + step;
            if (moved.get(i).key().equals(key) && target >= 0 && target < moved.size()) {
                Collections.swap(moved, i, target);
                break;
            }
        }
        return new VariantDraft(name, moved);
    }

    /** Whether the draft has exactly the base's sheets (a new version may have changed the base). */
    boolean fits(Template base) {
        return sheets.size() == base.sheets().size()
                && sheets.stream().allMatch(sheet -> base.sheet(sheet.key()).isPresent());
    }

    /** The new version to save: the kept sheets in order, each with only what differs from the base. */
    VariantRequest request(Template base) {
        List<SheetChange> changes = sheets.stream()
                .filter(SheetDraft::included)
                .map(sheet -> sheet.changeOf(base.sheet(sheet.key()).orElseThrow()))
                .toList();
        return new VariantRequest(name, null, changes);
    }
}
