/**
 * Problems of the impact module's API: a refusal that names the field it is about ({@link FieldProblem}), answered
 * as RFC 9457 problem details with an {@code errors} list like the platform's validation problems. Face:
 * {@link FieldProblem}.
 */
@NullMarked
package no.samarbeid.impact.problems;

import org.jspecify.annotations.NullMarked;
