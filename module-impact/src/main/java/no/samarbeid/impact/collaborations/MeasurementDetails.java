package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.samarbeid.impact.problems.FieldProblem;

/** A measurement to record: its value, the period it covers (from ≤ to), its source and a comment. */
record MeasurementDetails(BigDecimal value, LocalDate periodFrom, LocalDate periodTo, String source, String comment) {

    /** The largest amount a measurement may state, either way (the API's limit too). */
    static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");

    static final int MAX_SOURCE = 200;
    static final int MAX_COMMENT = 2000;

    public MeasurementDetails {
        if (value.abs().compareTo(MAX_VALUE) > 0) {
            throw FieldProblem.invalid("value", "impact.value-out-of-range", value.toPlainString(), MAX_VALUE);
        }
        if (source.length() > MAX_SOURCE) {
            throw FieldProblem.invalid("source", "impact.text-too-long", "source", MAX_SOURCE);
        }
        if (comment.length() > MAX_COMMENT) {
            throw FieldProblem.invalid("comment", "impact.text-too-long", "comment", MAX_COMMENT);
        }
        if (periodTo.isBefore(periodFrom)) {
            throw FieldProblem.invalid("periodTo", "impact.period-ends-before-start", periodFrom, periodTo);
        }
    }
}
