package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.samarbeid.impact.problems.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as a municipality defines it: what is measured and how, its unit, baseline (value and date) and
 * target (value and date), how often and from which source, and optionally an IRIS+ metric code (two letters and
 * four digits, e.g. PI4060).
 */
record IndicatorDetails(
        String name,
        String method,
        Unit unit,
        @Nullable BigDecimal baselineValue,
        @Nullable LocalDate baselineDate,
        @Nullable BigDecimal targetValue,
        @Nullable LocalDate targetDate,
        String frequency,
        String dataSource,
        @Nullable String irisCode) {

    public IndicatorDetails {
        if (irisCode != null && irisCode.isBlank()) {
            irisCode = null;
        }
        if (irisCode != null && !irisCode.matches("[A-Z]{2}[0-9]{4}")) {
            throw FieldProblem.invalid("irisCode", "impact.iris-code-invalid", irisCode);
        }
        if ((baselineValue == null) != (baselineDate == null)) {
            throw FieldProblem.invalid(
                    baselineValue == null ? "baselineValue" : "baselineDate", "impact.baseline-incomplete");
        }
        if ((targetValue == null) != (targetDate == null)) {
            throw FieldProblem.invalid(targetValue == null ? "targetValue" : "targetDate", "impact.target-incomplete");
        }
        if (baselineValue != null) {
            unit.requireValid("baselineValue", baselineValue);
        }
        if (targetValue != null) {
            unit.requireValid("targetValue", targetValue);
        }
    }
}
