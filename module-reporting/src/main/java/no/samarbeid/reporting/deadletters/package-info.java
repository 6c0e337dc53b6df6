/**
 * Dead letters: the events reporting could not apply and parked in its dead-letter topics
 * ({@code samarbeid.workshops.reporting.dlt}, {@code samarbeid.core.reporting.dlt}, {@code samarbeid.impact.reporting.dlt}). An operator lists them and
 * replays one to its original topic once the cause is fixed (the projections are idempotent, so a replay is safe);
 * the number still waiting is a health detail and the metric {@code samarbeid.reporting.dead.letters}. Face: the
 * platform admin's API under {@code /api/platform/reporting/dead-letters} and the page
 * {@code /admin/rapportering/dodbrev}.
 */
@NullMarked
package no.samarbeid.reporting.deadletters;

import org.jspecify.annotations.NullMarked;
