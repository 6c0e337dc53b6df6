package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's numbers for its chart (read by {@code /js/impact-charts.js} from a non-executable JSON script tag):
 * the measurements by the end of their period, with the baseline and target as lines. The page shows the same
 * numbers as a table.
 */
record ChartData(
        List<String> periods,
        List<BigDecimal> values,
        @Nullable BigDecimal baseline,
        @Nullable BigDecimal target,
        String valueLabel,
        String baselineLabel,
        String targetLabel) {

    static ChartData of(IndicatorView indicator, String valueLabel, String baselineLabel, String targetLabel) {
        return new ChartData(
                indicator.measurements().stream()
                        .map(MeasurementView::periodTo)
                        .map(Object::toString)
                        .toList(),
                indicator.measurements().stream().map(MeasurementView::value).toList(),
                indicator.baselineValue(),
                indicator.targetValue(),
                valueLabel,
                baselineLabel,
                targetLabel);
    }
}
