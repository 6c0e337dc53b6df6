package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.samarbeid.impact.problems.FieldProblem;

/** A measurement to record: its value, the period it covers (from ≤ to), its source and a comment. */
record MeasurementDetails(BigDecimal value, LocalDate periodFrom, LocalDate periodTo, String source, String comment) {

    public MeasurementDetails {
        if (periodTo.isBefore(periodFrom)) {
            throw FieldProblem.invalid("periodTo", "impact.period-ends-before-start", periodFrom, periodTo);
        }
    }
}
