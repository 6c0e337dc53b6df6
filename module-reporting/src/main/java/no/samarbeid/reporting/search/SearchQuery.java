package no.samarbeid.reporting.search;

import no.samarbeid.core.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** What a user searches for: 1 to 200 characters, trimmed. */
record SearchQuery(String text) {

    static final int MAX_LENGTH = 200;

    /** Parses the {@code q} parameter, or refuses it as a 400 problem. */
    static SearchQuery of(@Nullable String q) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new InvalidInputException("search-query", MAX_LENGTH);
        }
        return new SearchQuery(text);
    }
}
