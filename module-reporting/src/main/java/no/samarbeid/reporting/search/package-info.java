/**
 * Search: the national coordinator's full-text search over shared content (Norwegian analysis, facets,
 * highlighting, paging, formula-safe CSV) and a municipality's search of its own content, shared or not. Every query
 * goes through {@link no.samarbeid.reporting.search.NationalSearch} or
 * {@link no.samarbeid.reporting.search.TenantScopedSearch}, which add the sharing or tenant filter centrally. Face:
 * the REST controllers under {@code /api/national/**} (NATIONAL_COORDINATOR only) and {@code /api/search}.
 */
@NullMarked
package no.samarbeid.reporting.search;

import org.jspecify.annotations.NullMarked;
