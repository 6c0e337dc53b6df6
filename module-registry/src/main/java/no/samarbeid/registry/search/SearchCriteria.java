package no.samarbeid.registry.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a search asks for: free text, facet filters (themes, organisation forms, county and municipality of the
 * business address, reach), "delivers in" a municipality, whether pending entries are wanted, and the page.
 */
public record SearchCriteria(
        @Nullable String text,
        List<String> themes,
        List<String> forms,
        @Nullable String county,
        @Nullable String municipality,
        @Nullable String reach,
        @Nullable String deliversIn,
        boolean pending,
        int page,
        int size) {

    public SearchCriteria {
        themes = List.copyOf(themes);
        forms = List.copyOf(forms);
    }
}
