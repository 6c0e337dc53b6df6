package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A value of an indicator over a period, from a source, with a comment; who recorded it and when. */
@Table(schema = "impact", name = "measurement")
record Measurement(
        UUID id,
        UUID tenantId,
        BigDecimal value,
        LocalDate periodFrom,
        LocalDate periodTo,
        String source,
        String comment,
        String recordedBy,
        Instant recordedAt) {

    MeasurementView view() {
        return new MeasurementView(id, value, periodFrom, periodTo, source, comment, recordedAt);
    }
}
