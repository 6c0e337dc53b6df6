package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A social return on investment estimate, computed from its inputs in the open:
 *
 * <pre>
 * value(1) = quantity × financial proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution)
 * value(t) = value(t − 1) × (1 − drop-off)                     for t = 2 … years
 * present value = Σ value(t) / (1 + discount rate)^t            for t = 1 … years
 * ratio = present value / investment
 * </pre>
 *
 * Rates are fractions (0.2 for 20 %); the discount rate defaults to Finansdepartementet's 4 %. Yearly values and
 * the present value are rounded to whole kroner, the ratio to two decimals.
 */
record Sroi(
        BigDecimal quantity,
        BigDecimal financialProxy,
        int years,
        BigDecimal deadweight,
        BigDecimal displacement,
        BigDecimal attribution,
        BigDecimal dropOff,
        BigDecimal discountRate,
        BigDecimal investment) {

    public static final BigDecimal DEFAULT_DISCOUNT_RATE = new BigDecimal("0.04");

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** The value of each year, from year 1. */
    public List<BigDecimal> yearlyValues() {
        List<BigDecimal> values = new ArrayList<>();
        BigDecimal value = quantity.multiply(financialProxy)
                .multiply(BigDecimal.ONE.subtract(deadweight))
                .multiply(BigDecimal.ONE.subtract(displacement))
                .multiply(BigDecimal.ONE.subtract(attribution));
        for (int year = 1; year <= years; year++) {
            values.add(value);
            value = value.multiply(BigDecimal.ONE.subtract(dropOff));
        }
        return values.stream().map(v -> v.setScale(0, RoundingMode.HALF_UP)).toList();
    }

    /** The yearly values discounted to today and summed. */
    public BigDecimal presentValue() {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal factor = BigDecimal.ONE.add(discountRate);
        BigDecimal value = quantity.multiply(financialProxy)
                .multiply(BigDecimal.ONE.subtract(deadweight))
                .multiply(BigDecimal.ONE.subtract(displacement))
                .multiply(BigDecimal.ONE.subtract(attribution));
        for (int year = 1; year <= years; year++) {
            sum = sum.add(value.divide(factor.pow(year, PRECISION), PRECISION));
            value = value.multiply(BigDecimal.ONE.subtract(dropOff));
        }
        return sum.setScale(0, RoundingMode.HALF_UP);
    }

    /** Present value per krone invested. */
    public BigDecimal ratio() {
        return presentValue().divide(investment, 2, RoundingMode.HALF_UP);
    }
}
