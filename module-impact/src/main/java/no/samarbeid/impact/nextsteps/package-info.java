/**
 * Next steps as the municipality's tasks: those a table agreed on sheet 10 (read from the workshops' events), their
 * owner, due date and status (open, done, dropped), their API ({@code /api/impact/next-steps}) and page
 * ({@code /samarbeid/neste-steg}). Face: {@link no.samarbeid.impact.nextsteps.NextStepIntake} and
 * {@link no.samarbeid.impact.nextsteps.TaskService} (the overdue ones, for the stage board).
 */
@NullMarked
package no.samarbeid.impact.nextsteps;

import org.jspecify.annotations.NullMarked;
