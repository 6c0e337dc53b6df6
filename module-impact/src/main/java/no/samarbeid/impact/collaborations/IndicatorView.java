package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An indicator with its measurements in period order; {@code fromWorkshop} when a table proposed it on sheet 8. */
record IndicatorView(
        UUID id,
        String name,
        String method,
        Unit unit,
        @Nullable BigDecimal baselineValue,
        @Nullable LocalDate baselineDate,
        @Nullable BigDecimal targetValue,
        @Nullable LocalDate targetDate,
        String frequency,
        String dataSource,
        @Nullable String irisCode,
        boolean fromWorkshop,
        List<MeasurementView> measurements) {}
