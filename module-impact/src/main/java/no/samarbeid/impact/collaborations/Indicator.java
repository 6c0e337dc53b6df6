package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.samarbeid.impact.events.IndicatorDefined;
import no.samarbeid.impact.events.MeasurementRecorded;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An indicator of a collaboration (from a measure a table proposed on sheet 8, or by hand) and its measurements
 * over time. Values fit its unit: no negative counts, persons or hours, no percent over 100.
 */
@Table(schema = "impact", name = "indicator")
class Indicator extends AbstractAggregateRoot<Indicator> {

    @Id
    private final UUID id;

    private final UUID tenantId;
    private final UUID collaborationId;
    private final @Nullable UUID sourceMeasureId;
    private @Nullable Instant sourceOccurredAt;
    private String name;
    private String method;
    private Unit unit;
    private @Nullable BigDecimal baselineValue;
    private @Nullable LocalDate baselineDate;
    private @Nullable BigDecimal targetValue;
    private @Nullable LocalDate targetDate;
    private String frequency;
    private String dataSource;
    private @Nullable String irisCode;
    private final Instant createdAt;

    @Version
    private int version;

    @MappedCollection(idColumn = "indicator_id", keyColumn = "position")
    private final List<Measurement> measurements;

    @PersistenceCreator
    Indicator(
            UUID id,
            UUID tenantId,
            UUID collaborationId,
            @Nullable UUID sourceMeasureId,
            @Nullable Instant sourceOccurredAt,
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
            Instant createdAt,
            int version,
            List<Measurement> measurements) {
        this.id = id;
        this.tenantId = tenantId;
        this.collaborationId = collaborationId;
        this.sourceMeasureId = sourceMeasureId;
        this.sourceOccurredAt = sourceOccurredAt;
        this.name = name;
        this.method = method;
        this.unit = unit;
        this.baselineValue = baselineValue;
        this.baselineDate = baselineDate;
        this.targetValue = targetValue;
        this.targetDate = targetDate;
        this.frequency = frequency;
        this.dataSource = dataSource;
        this.irisCode = irisCode;
        this.createdAt = createdAt;
        this.version = version;
        this.measurements = new ArrayList<>(measurements);
    }

    static Indicator define(CollaborationFacts collaboration, IndicatorDetails details, Instant now) {
        var indicator = new Indicator(
                UUID.randomUUID(),
                collaboration.tenantId(),
                collaboration.id(),
                null,
                null,
                "",
                "",
                details.unit(),
                null,
                null,
                null,
                null,
                "",
                "",
                null,
                now,
                0,
                List.of());
        indicator.revise(collaboration, details, now);
        return indicator;
    }

    /** An indicator from a measure a table proposed (what and how), counted until the municipality says otherwise. */
    static Indicator fromMeasure(
            CollaborationFacts collaboration,
            UUID measureId,
            String what,
            String how,
            Instant occurredAt,
            Instant now) {
        var indicator = new Indicator(
                UUID.randomUUID(),
                collaboration.tenantId(),
                collaboration.id(),
                measureId,
                occurredAt,
                clip(what, 500),
                clip(how, 1000),
                Unit.COUNT,
                null,
                null,
                null,
                null,
                "",
                "",
                null,
                now,
                0,
                List.of());
        indicator.defined(collaboration, now);
        return indicator;
    }

    /** Takes a newer wording of its measure; an older or repeated one changes nothing (returns false). */
    boolean measureRevised(CollaborationFacts collaboration, String what, String how, Instant occurredAt, Instant now) {
        if (sourceOccurredAt != null && !occurredAt.isAfter(sourceOccurredAt)) {
            return false;
        }
        sourceOccurredAt = occurredAt;
        name = clip(what, 500);
        method = clip(how, 1000);
        defined(collaboration, now);
        return true;
    }

    void revise(CollaborationFacts collaboration, IndicatorDetails details, Instant now) {
        if (details.unit() != unit) {
            measurements.forEach(m -> details.unit().requireValid("unit", m.value()));
        }
        name = details.name();
        method = details.method();
        unit = details.unit();
        baselineValue = details.baselineValue();
        baselineDate = details.baselineDate();
        targetValue = details.targetValue();
        targetDate = details.targetDate();
        frequency = details.frequency();
        dataSource = details.dataSource();
        irisCode = details.irisCode();
        defined(collaboration, now);
    }

    MeasurementView record(CollaborationFacts collaboration, MeasurementDetails details, String actor, Instant now) {
        unit.requireValid("value", details.value());
        var measurement = new Measurement(
                UUID.randomUUID(),
                tenantId,
                details.value(),
                details.periodFrom(),
                details.periodTo(),
                details.source(),
                details.comment(),
                actor,
                now);
        measurements.add(measurement);
        registerEvent(new MeasurementRecorded(
                UUID.randomUUID(),
                tenantId,
                collaborationId,
                id,
                measurement.id(),
                collaboration.shared(),
                collaboration.theme(),
                collaboration.stage().name(),
                unit.name(),
                details.value(),
                details.periodFrom(),
                details.periodTo(),
                now));
        return measurement.view();
    }

    private void defined(CollaborationFacts collaboration, Instant now) {
        registerEvent(new IndicatorDefined(
                UUID.randomUUID(),
                tenantId,
                collaborationId,
                id,
                collaboration.shared(),
                collaboration.theme(),
                collaboration.stage().name(),
                unit.name(),
                irisCode,
                baselineValue,
                targetValue,
                now));
    }

    UUID id() {
        return id;
    }

    /** The events registered and not yet published. */
    java.util.Collection<Object> registeredEvents() {
        return domainEvents();
    }

    UUID collaborationId() {
        return collaborationId;
    }

    IndicatorView view() {
        return new IndicatorView(
                id,
                name,
                method,
                unit,
                baselineValue,
                baselineDate,
                targetValue,
                targetDate,
                frequency,
                dataSource,
                irisCode,
                sourceMeasureId != null,
                measurements.stream()
                        .sorted(Comparator.comparing(Measurement::periodFrom).thenComparing(Measurement::recordedAt))
                        .map(Measurement::view)
                        .toList());
    }

    private static String clip(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
