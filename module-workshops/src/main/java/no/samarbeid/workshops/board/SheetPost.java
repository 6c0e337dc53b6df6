package no.samarbeid.workshops.board;

import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * A form posted on a table's board: the workshop and table, which form it is ({@code key}, e.g. {@code partner} or
 * {@code partner-<id>}), what was typed, and whether htmx sent it (then the answer is a fragment, not a redirect).
 * Page handlers take it as an argument ({@link SheetPostArguments}) and name the form with {@link #keyed}.
 */
record SheetPost(UUID workshopId, UUID tableId, String key, MultiValueMap<String, String> typed, boolean htmx) {

    /** The same post, as the form with this key. */
    SheetPost keyed(String formKey) {
        return new SheetPost(workshopId, tableId, formKey, typed, htmx);
    }

    String board() {
        return "/workshops/" + workshopId + "/bord/" + tableId;
    }
}
