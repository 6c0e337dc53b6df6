package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import no.samarbeid.impact.problems.FieldProblem;

/** What an indicator counts in; each refuses values it cannot hold (no negative counts, no percent over 100). */
enum Unit {
    PERSONS,
    NOK,
    HOURS,
    PERCENT,
    COUNT;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Refuses a value of this unit, naming the field it came in. */
    void requireValid(String field, BigDecimal value) {
        if (this != NOK && value.signum() < 0) {
            throw FieldProblem.invalid(field, "impact.value-negative", value.toPlainString());
        }
        if (this == PERCENT && value.compareTo(HUNDRED) > 0) {
            throw FieldProblem.invalid(field, "impact.percent-over-100", value.toPlainString());
        }
    }
}
