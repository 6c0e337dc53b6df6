package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.samarbeid.impact.problems.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The SROI form: rates in percent (0-100), the discount rate 4 % unless given. */
record SroiForm(
        BigDecimal quantity,
        BigDecimal financialProxy,
        int years,
        BigDecimal deadweightPercent,
        BigDecimal displacementPercent,
        BigDecimal attributionPercent,
        BigDecimal dropOffPercent,
        @Nullable BigDecimal discountRatePercent,
        BigDecimal investment) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The API's limits (see {@code CollaborationRequests.Estimate}), enforced for the page's form too. */
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    Sroi sroi() {
        if (years < 1 || years > 30) {
            throw FieldProblem.invalid("years", "impact.sroi-years", years);
        }
        if (investment.signum() <= 0) {
            throw FieldProblem.invalid("investment", "impact.sroi-investment");
        }
        return new Sroi(
                atMost("quantity", nonNegative("quantity", quantity), MAX_QUANTITY),
                atMost("financialProxy", nonNegative("financialProxy", financialProxy), MAX_AMOUNT),
                years,
                fraction("deadweightPercent", deadweightPercent),
                fraction("displacementPercent", displacementPercent),
                fraction("attributionPercent", attributionPercent),
                fraction("dropOffPercent", dropOffPercent),
                discountRatePercent == null
                        ? Sroi.DEFAULT_DISCOUNT_RATE
                        : fraction("discountRatePercent", discountRatePercent),
                atMost("investment", investment, MAX_AMOUNT));
    }

    private static BigDecimal atMost(String field, BigDecimal value, BigDecimal max) {
        if (value.compareTo(max) > 0) {
            throw FieldProblem.invalid(field, "impact.value-out-of-range", value.toPlainString(), max);
        }
        return value;
    }

    private static BigDecimal nonNegative(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw FieldProblem.invalid(field, "impact.value-negative", value.toPlainString());
        }
        return value;
    }

    private static BigDecimal fraction(String field, BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw FieldProblem.invalid(field, "impact.percent-over-100", percent.toPlainString());
        }
        return percent.divide(HUNDRED, 4, RoundingMode.HALF_UP);
    }
}
