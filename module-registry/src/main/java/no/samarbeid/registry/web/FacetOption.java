package no.samarbeid.registry.web;

/** One value of a facet on the search page: its key, its label, how many match, and whether it is chosen. */
record FacetOption(String key, String label, long count, boolean checked) {}
