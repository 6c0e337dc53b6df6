/**
 * Collaborations from a sketch on sheet 6 (or by hand) to measured effects: stages with a dated history, effects per
 * stakeholder, indicators with baseline, target and measurements, and an SROI estimate; their API
 * ({@code /api/impact/collaborations}). Face: {@link no.samarbeid.impact.collaborations.CollaborationService} and
 * {@link no.samarbeid.impact.collaborations.SheetIntake} (what the workshops' sheets 6-8 bring), with their views.
 */
@NullMarked
package no.samarbeid.impact.collaborations;

import org.jspecify.annotations.NullMarked;
