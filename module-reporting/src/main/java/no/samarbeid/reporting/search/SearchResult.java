package no.samarbeid.reporting.search;

import java.util.List;
import java.util.Map;

/** A page of content hits with the total and the counts of each facet's values among all hits. */
record SearchResult(long total, int page, int size, List<ContentHit> hits, Map<String, List<FacetCount>> facets) {

    /** A facet value and how many hits have it. */
    record FacetCount(String value, long count) {}
}
