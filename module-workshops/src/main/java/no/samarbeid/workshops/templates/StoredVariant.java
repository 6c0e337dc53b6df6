package no.samarbeid.workshops.templates;

import java.time.Instant;
import java.util.UUID;

/** One saved version of a municipality's variant: its name, base edition and changes, immutable once stored. */
record StoredVariant(
        UUID id, int version, String name, TemplateReference.Edition base, VariantChanges changes, Instant savedAt) {

    TemplateReference.Variant reference() {
        return new TemplateReference.Variant(id, version);
    }

    ResolvedTemplate applyTo(Template template) {
        return changes.applyTo(template, reference().value(), name);
    }
}
