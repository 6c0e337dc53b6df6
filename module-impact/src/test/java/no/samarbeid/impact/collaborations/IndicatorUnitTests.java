package no.samarbeid.impact.collaborations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samarbeid.impact.events.MeasurementRecorded;
import no.samarbeid.impact.problems.FieldProblem;
import org.junit.jupiter.api.Test;

/** Indicators refuse what their unit cannot hold and periods that end before they start, naming the field. */
class IndicatorUnitTests {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate JANUARY = LocalDate.of(2027, 1, 1);

    private final CollaborationFacts collaboration =
            new CollaborationFacts(UUID.randomUUID(), UUID.randomUUID(), true, "helse", Stage.PILOT);

    @Test
    void aMeasurementIsRecordedWithItsPeriodAndPublished() {
        Indicator indicator = Indicator.define(collaboration, details(Unit.PERSONS, null), NOW);

        indicator.record(collaboration, measurement("12"), "oslo-admin", NOW);

        assertThat(indicator.view().measurements())
                .extracting(MeasurementView::value)
                .containsExactly(new BigDecimal("12"));
        assertThat(indicator.registeredEvents()).last().isInstanceOfSatisfying(MeasurementRecorded.class, e -> {
            assertThat(e.stage()).isEqualTo("PILOT");
            assertThat(e.unit()).isEqualTo("PERSONS");
        });
    }

    @Test
    void aNegativeCountAndAPercentOverAHundredAreRefused() {
        Indicator count = Indicator.define(collaboration, details(Unit.COUNT, null), NOW);
        Indicator percent = Indicator.define(collaboration, details(Unit.PERCENT, null), NOW);

        assertThatThrownBy(() -> count.record(collaboration, measurement("-1"), "a", NOW))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("value"));
        assertThatThrownBy(() -> percent.record(collaboration, measurement("100.5"), "a", NOW))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.code()).isEqualTo("impact.percent-over-100"));
        assertThat(count.view().measurements()).isEmpty();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new MeasurementDetails(BigDecimal.ONE, JANUARY, JANUARY.minusDays(1), "", ""))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("periodTo"));
    }

    @Test
    void anIrisCodeIsTwoLettersAndFourDigits() {
        assertThat(details(Unit.PERSONS, "PI4060").irisCode()).isEqualTo("PI4060");
        assertThatThrownBy(() -> details(Unit.PERSONS, "pi4060"))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("irisCode"));
    }

    @Test
    void aRevisedMeasureOnlyCountsWhenNewer() {
        Indicator indicator = Indicator.fromMeasure(collaboration, UUID.randomUUID(), "Sykefravær", "HR", NOW, NOW);

        assertThat(indicator.measureRevised(collaboration, "Gammel", "", NOW.minusSeconds(1), NOW))
                .isFalse();
        assertThat(indicator.measureRevised(collaboration, "Sykefravær i prosent", "HR", NOW.plusSeconds(1), NOW))
                .isTrue();
        assertThat(indicator.view().name()).isEqualTo("Sykefravær i prosent");
        assertThat(indicator.view().fromWorkshop()).isTrue();
    }

    private static IndicatorDetails details(Unit unit, String irisCode) {
        return new IndicatorDetails(
                "Deltakere i arbeid",
                "Telling",
                unit,
                BigDecimal.ZERO,
                JANUARY,
                new BigDecimal("10"),
                JANUARY.plusYears(1),
                "kvartalsvis",
                "NAV",
                irisCode);
    }

    private static MeasurementDetails measurement(String value) {
        return new MeasurementDetails(new BigDecimal(value), JANUARY, JANUARY.plusMonths(3), "NAV", "");
    }
}
