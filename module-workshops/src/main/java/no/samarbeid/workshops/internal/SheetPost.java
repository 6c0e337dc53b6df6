package no.samarbeid.workshops.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * A form posted on a table's board: the workshop and table, which form it is ({@code key}, e.g. {@code partner} or
 * {@code partner-<id>}), what was typed, and whether htmx sent it (then the answer is a fragment, not a redirect).
 */
record SheetPost(UUID workshopId, UUID tableId, String key, MultiValueMap<String, String> typed, boolean htmx) {

    static SheetPost of(
            UUID workshopId, UUID tableId, String key, MultiValueMap<String, String> typed, @Nullable String htmx) {
        return new SheetPost(workshopId, tableId, key, typed, htmx != null);
    }

    String board() {
        return "/workshops/" + workshopId + "/bord/" + tableId;
    }
}
