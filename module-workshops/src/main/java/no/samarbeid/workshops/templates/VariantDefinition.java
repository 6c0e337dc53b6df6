package no.samarbeid.workshops.templates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A variant's latest version as it was saved, for editing it: its name, base and sheet changes. */
public record VariantDefinition(
        UUID id, int version, String name, String base, List<SheetChange> sheets, Instant savedAt) {

    static VariantDefinition of(StoredVariant variant) {
        return new VariantDefinition(
                variant.id(),
                variant.version(),
                variant.name(),
                variant.base().value(),
                variant.changes().sheets(),
                variant.savedAt());
    }
}
