package no.samarbeid.impact.collaborations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.samarbeid.impact.problems.FieldProblem;
import org.junit.jupiter.api.Test;

/** The collaboration page's forms keep the API's limits: huge amounts and long texts are refused, naming the field. */
class PageFormLimitsUnitTests {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

    @Test
    void aMeasurementBeyondTheApisRangeOrWithTooLongTextsIsRefused() {
        assertThatThrownBy(() -> measurement(new BigDecimal("-1000000000001"), "", ""))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("value"));
        assertThatThrownBy(() -> measurement(new BigDecimal("1E13"), "", ""))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("value"));
        assertThatThrownBy(() -> measurement(BigDecimal.ONE, "s".repeat(201), ""))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("source"));
        assertThatThrownBy(() -> measurement(BigDecimal.ONE, "", "c".repeat(2001)))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("comment"));
        assertThat(measurement(new BigDecimal("-1000000000000"), "s".repeat(200), "c".repeat(2000))
                        .value())
                .isEqualByComparingTo("-1000000000000");
    }

    @Test
    void anSroiFormBeyondTheApisLimitsIsRefused() {
        assertThatThrownBy(() -> sroi("1000000001", "1", "1").sroi())
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("quantity"));
        assertThatThrownBy(() -> sroi("1", "1000000000001", "1").sroi())
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("financialProxy"));
        assertThatThrownBy(() -> sroi("1", "1", "1000000000001").sroi())
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("investment"));
        assertThat(sroi("1000000000", "1000000000000", "1000000000000").sroi().years())
                .isEqualTo(3);
    }

    @Test
    void aStageChangeReasonLongerThanTheApiAllowsIsRefused() {
        assertThatThrownBy(() -> new StageChange(
                        java.util.UUID.randomUUID(),
                        Stage.IDEA,
                        Stage.DIALOGUE,
                        "r".repeat(1001),
                        "oslo-admin",
                        Instant.now()))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("reason"));
    }

    private static MeasurementDetails measurement(BigDecimal value, String source, String comment) {
        return new MeasurementDetails(value, JANUARY, JANUARY.plusMonths(1), source, comment);
    }

    private static SroiForm sroi(String quantity, String proxy, String investment) {
        BigDecimal ten = BigDecimal.TEN;
        return new SroiForm(
                new BigDecimal(quantity),
                new BigDecimal(proxy),
                3,
                ten,
                ten,
                ten,
                ten,
                null,
                new BigDecimal(investment));
    }
}
