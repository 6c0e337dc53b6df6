package no.samarbeid.workshops.templates;

import java.util.ArrayList;
import java.util.List;

/**
 * What a variant changes in its base edition: the sheets it keeps, in its order (sheets not listed are left out),
 * each with its changes. Stored as JSON with each version; {@link VariantRules} checked it against the base.
 */
public record VariantChanges(List<SheetChange> sheets) {

    public VariantChanges {
        sheets = Copies.of(sheets);
    }

    public ResolvedTemplate applyTo(Template base, String reference, String name) {
        List<Sheet> composed = new ArrayList<>();
        for (SheetChange change : sheets) {
            Sheet sheet = base.sheet(Copies.required(change.key(), "A sheet key"))
                    .orElseThrow(() -> new IllegalStateException("Sheet " + change.key() + " is not in "
                            + base.reference().value()));
            composed.add(change.applyTo(sheet, composed.size() + 1));
        }
        return new ResolvedTemplate(
                reference, base.reference().value(), name, base.title(), base.subtitle(), base.guide(), composed);
    }
}
