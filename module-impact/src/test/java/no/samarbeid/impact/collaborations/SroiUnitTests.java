package no.samarbeid.impact.collaborations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The SROI formula on the worked example. */
class SroiUnitTests {

    /**
     * 10 persons × 150 000 NOK, deadweight 20 %, displacement 10 %, attribution 30 %, 3 years, drop-off 25 % a year
     * from year 2, discounted at 4 % from year 1, investment 500 000 NOK.
     */
    private final Sroi example = new Sroi(
            new BigDecimal("10"),
            new BigDecimal("150000"),
            3,
            new BigDecimal("0.20"),
            new BigDecimal("0.10"),
            new BigDecimal("0.30"),
            new BigDecimal("0.25"),
            Sroi.DEFAULT_DISCOUNT_RATE,
            new BigDecimal("500000"));

    @Test
    void theYearlyValuesFallByTheDropOffAfterTheFirstYear() {
        assertThat(example.yearlyValues())
                .containsExactly(new BigDecimal("756000"), new BigDecimal("567000"), new BigDecimal("425250"));
    }

    @Test
    void thePresentValueDiscountsEachYearAtFourPercent() {
        assertThat(example.presentValue()).isEqualByComparingTo("1629192");
    }

    @Test
    void theRatioIsThePresentValuePerKroneInvested() {
        assertThat(example.ratio()).isEqualByComparingTo("3.26");
    }

    @Test
    void withoutDropOffEveryYearIsWorthTheSame() {
        Sroi flat = new Sroi(
                BigDecimal.ONE,
                new BigDecimal("1000"),
                2,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("1000"));

        assertThat(flat.yearlyValues()).containsExactly(new BigDecimal("1000"), new BigDecimal("1000"));
        assertThat(flat.ratio()).isEqualByComparingTo("2.00");
    }
}
