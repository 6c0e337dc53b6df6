package no.samarbeid.workshops.templates;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A place on a sheet where notes go: a key that is stable and unique on its sheet (notes refer to {@code sheetKey} +
 * {@code zoneKey}), a title, an optional text, and the helper questions or points shown in it.
 */
public record Zone(
        String key, LocalizedText title, @Nullable LocalizedText text, List<LocalizedText> prompts) {

    public Zone {
        Copies.required(key, "A zone's key");
        Copies.required(title, "The title of zone " + key);
        prompts = Copies.of(prompts);
    }
}
