package no.samarbeid.registry.search;

import java.util.List;
import java.util.Map;

/** A page of search hits with the facets of all matches (key and count, most first). */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<Bucket>> facets) {

    /** One entry found. */
    public record Hit(
            String organisationNumber,
            String name,
            String organisationForm,
            String municipalityNumber,
            List<String> themes,
            String reach,
            String status,
            String description) {}

    /** A facet value and how many matches have it. */
    public record Bucket(String key, long count) {}

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
