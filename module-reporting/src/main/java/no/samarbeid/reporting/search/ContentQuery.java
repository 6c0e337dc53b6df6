package no.samarbeid.reporting.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samarbeid.core.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A content search as asked: optional text (at most 200 characters), facet filters (several values of one facet
 * widen, several facets narrow), a page (from 1) of 1-100 hits, no deeper than the first 10 000 hits. Unknown
 * parameters and malformed values are refused as 400 problems that name the parameter.
 */
record ContentQuery(@Nullable String text, Map<Facet, List<String>> filters, int page, int size) {

    static final int MAX_TEXT = SearchQuery.MAX_LENGTH;
    static final int MAX_SIZE = 100;
    static final int MAX_WINDOW = 10_000;
    private static final Set<String> OTHER_PARAMETERS = Set.of("q", "page", "size", "lang");

    static ContentQuery of(Map<String, String[]> parameters) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (var parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (OTHER_PARAMETERS.contains(name)) {
                continue;
            }
            Facet facet =
                    Facet.byParameter(name).orElseThrow(() -> new InvalidInputException("search-parameter", name));
            List<String> values = new ArrayList<>();
            for (String value : parameter.getValue()) {
                if (value.isBlank()) {
                    continue;
                }
                if (!facet.accepts(value.strip())) {
                    throw new InvalidInputException("search-facet-value", name, value);
                }
                values.add(value.strip());
            }
            if (!values.isEmpty()) {
                filters.put(facet, List.copyOf(values));
            }
        }
        String text = first(parameters, "q");
        if (text != null && text.strip().length() > MAX_TEXT) {
            throw new InvalidInputException("search-query", MAX_TEXT);
        }
        int page = number(parameters, "page", 1);
        int size = number(parameters, "size", 20);
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("search-size", MAX_SIZE);
        }
        if (page < 1 || (long) page * size > MAX_WINDOW) {
            throw new InvalidInputException("search-page", MAX_WINDOW / size);
        }
        return new ContentQuery(text == null || text.isBlank() ? null : text.strip(), Map.copyOf(filters), page, size);
    }

    private static @Nullable String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static int number(Map<String, String[]> parameters, String name, int fallback) {
        String value = first(parameters, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("search-" + name, name.equals("size") ? MAX_SIZE : MAX_WINDOW);
        }
    }
}
