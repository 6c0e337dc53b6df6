package no.samarbeid.impact.collaborations;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.samarbeid.core.reference.InvalidReferenceException;
import no.samarbeid.core.reference.Theme;
import no.samarbeid.impact.problems.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The JSON bodies of the collaborations API. */
final class CollaborationRequests {

    private CollaborationRequests() {}

    /**
     * A collaboration's description, when started by hand or revised; {@code theme} is a key of the theme taxonomy,
     * e.g. {@code helse}. Also the collaboration page's form.
     */
    record Description(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 40) String theme,
            @Nullable @Size(max = 9) String entrepreneurOrgnr,
            @Nullable @Size(max = 200) String entrepreneurName,
            @Nullable @Size(max = 120) String sector,
            @Nullable ProjectType projectType,
            @Nullable Boolean procurement,
            @Nullable @Size(max = 500) String involved,
            @Nullable DeliveryForm deliveryForm,
            @Nullable @Size(max = 200) String responsible,
            @Nullable @Size(max = 4000) String description) {

        CollaborationDetails details() {
            Theme chosen;
            try {
                chosen = Theme.fromKey(theme);
            } catch (InvalidReferenceException e) {
                throw FieldProblem.invalid("theme", "impact.theme-unknown", theme);
            }
            return new CollaborationDetails(
                    title.strip(),
                    chosen,
                    entrepreneurOrgnr,
                    text(entrepreneurName),
                    text(sector),
                    projectType,
                    procurement,
                    text(involved),
                    deliveryForm,
                    text(responsible),
                    text(description));
        }
    }

    /** A move to another stage; a reason is required backwards and to {@code CLOSED}. */
    record Move(
            @NotNull Stage stage,
            @Nullable @Size(max = 1000) String reason) {}

    record NewEffect(
            @NotNull Stakeholder stakeholder,
            @NotBlank @Size(max = 500) String text,
            @Nullable List<Benefit> benefits) {}

    record Realisation(
            @NotNull LocalDate realisedAt,
            @NotBlank @Size(max = 2000) String evidence) {}

    /** An indicator; values fit its unit, the IRIS+ code is two capital letters and four digits. */
    record DefineIndicator(
            @NotBlank @Size(max = 500) String name,
            @Nullable @Size(max = 1000) String method,
            @NotNull Unit unit,
            @Nullable BigDecimal baselineValue,
            @Nullable LocalDate baselineDate,
            @Nullable BigDecimal targetValue,
            @Nullable LocalDate targetDate,
            @Nullable @Size(max = 100) String frequency,
            @Nullable @Size(max = 200) String dataSource,
            @Nullable @Size(max = 6) String irisCode) {

        IndicatorDetails details() {
            return new IndicatorDetails(
                    name.strip(),
                    text(method),
                    unit,
                    baselineValue,
                    baselineDate,
                    targetValue,
                    targetDate,
                    text(frequency),
                    text(dataSource),
                    irisCode);
        }
    }

    record RecordMeasurement(
            @NotNull @DecimalMin("-1000000000000") @DecimalMax("1000000000000")
            BigDecimal value,

            @NotNull LocalDate periodFrom,
            @NotNull LocalDate periodTo,
            @Nullable @Size(max = 200) String source,
            @Nullable @Size(max = 2000) String comment) {

        MeasurementDetails details() {
            return new MeasurementDetails(value, periodFrom, periodTo, text(source), text(comment));
        }
    }

    /** An SROI estimate: rates in percent (0-100), the discount rate 4 % unless given. */
    record Estimate(
            @NotNull @DecimalMin("0") @DecimalMax("1000000000")
            BigDecimal quantity,

            @NotNull @DecimalMin("0") @DecimalMax("1000000000000")
            BigDecimal financialProxy,

            @NotNull @Min(1) @Max(30) Integer years,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal deadweightPercent,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal displacementPercent,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal attributionPercent,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal dropOffPercent,
            @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal discountRatePercent,

            @NotNull @DecimalMin("1") @DecimalMax("1000000000000")
            BigDecimal investment) {

        Sroi sroi() {
            return new Sroi(
                    quantity,
                    financialProxy,
                    years,
                    fraction(deadweightPercent),
                    fraction(displacementPercent),
                    fraction(attributionPercent),
                    fraction(dropOffPercent),
                    discountRatePercent == null ? Sroi.DEFAULT_DISCOUNT_RATE : fraction(discountRatePercent),
                    investment);
        }

        private static BigDecimal fraction(BigDecimal percent) {
            return percent.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
        }
    }

    private static String text(@Nullable String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }
}
