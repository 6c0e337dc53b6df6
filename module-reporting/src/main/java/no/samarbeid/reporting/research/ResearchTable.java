package no.samarbeid.reporting.research;

import java.util.List;

/**
 * A table of the catalogue: its key, dimensions (by their codebook names), the measure it counts, the unit that
 * counts as a contributor, and the group of tables that share a grand total (the same measure over the same
 * content). Tables of one group share no dimension, so the grand total is the only sum that links them.
 */
record ResearchTable(
        String key, List<String> dimensions, String measure, String contributorUnit, String group, String kind) {}
