package no.samarbeid.reporting.research;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A cell as a researcher sees it: the value, or null and {@code suppressed} when it may not be published. */
record PublishedCell(List<String> key, @Nullable Long value, boolean suppressed) {

    public PublishedCell {
        key = List.copyOf(key);
    }
}
