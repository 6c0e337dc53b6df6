package no.samarbeid.reporting.indexing;

import org.jspecify.annotations.Nullable;

/**
 * What a content document is, the sheet it belongs to when the event does not say, and whether it may ever appear
 * nationally (a table's reflection answers stay within the municipality, as their producer asks).
 */
enum ContentKind {
    NOTE(null, true),
    PARTNER("potential-partners", true),
    SKETCH("collaboration-sketch", true),
    EFFECT("effects", true),
    MEASURE("measuring", true),
    MYTH("procurement-myths", true),
    NEXT_STEP("next-steps", true),
    REFLECTION("next-steps", false);

    private final @Nullable String sheetKey;
    private final boolean national;

    ContentKind(@Nullable String sheetKey, boolean national) {
        this.sheetKey = sheetKey;
        this.national = national;
    }

    @Nullable
    String sheetKey() {
        return sheetKey;
    }

    boolean national() {
        return national;
    }
}
