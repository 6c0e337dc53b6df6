/**
 * Participants' evaluation of a workshop and its summary. Its face: {@link
 * no.samarbeid.workshops.evaluation.EvaluationService} and {@link
 * no.samarbeid.workshops.evaluation.EvaluationSummary}.
 */
@NullMarked
package no.samarbeid.workshops.evaluation;

import org.jspecify.annotations.NullMarked;
