/**
 * Next steps as the municipality's tasks: those a table agreed on sheet 10 (read from the workshops' events) and
 * their status (open, done, dropped), owner and due date; overdue ones are what the start page shows. Face:
 * {@link no.samarbeid.impact.nextsteps.NextStepIntake}, {@link no.samarbeid.impact.nextsteps.TaskService}.
 */
@NullMarked
package no.samarbeid.impact.nextsteps;

import org.jspecify.annotations.NullMarked;
