/**
 * Research: anonymised aggregates for researchers (role RESEARCHER, no tenant) from a fixed, versioned catalogue of
 * tables ({@link no.samarbeid.reporting.research.Codebook}), computed from frozen snapshots, with statistical
 * disclosure control ({@link no.samarbeid.reporting.research.DisclosureControl}: at least 5 contributors from at least
 * 3 municipalities per cell, secondary suppression), researcher access with an end date, and an append-only audit
 * log of every request. Face: the REST API under {@code /api/research/**} and the platform admin's API under
 * {@code /api/platform/research/**}.
 */
@NullMarked
package no.samarbeid.reporting.research;

import org.jspecify.annotations.NullMarked;
