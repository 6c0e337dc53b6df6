/**
 * Collaborations from a sketch on sheet 6 (or by hand) to measured effects: stages with a dated history, effects per
 * stakeholder, indicators with baseline, target and measurements, an SROI estimate and the CIDS export; their API
 * ({@code /api/impact/collaborations}) and pages ({@code /samarbeid}, {@code /samarbeid/{id}}). Face:
 * {@link no.samarbeid.impact.collaborations.SheetIntake} with the facts it takes from the workshops' sheets 6-8.
 */
@NullMarked
package no.samarbeid.impact.collaborations;

import org.jspecify.annotations.NullMarked;
