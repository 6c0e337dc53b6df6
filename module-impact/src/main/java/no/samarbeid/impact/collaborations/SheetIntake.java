package no.samarbeid.impact.collaborations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.impact.collaborations.KeptSheetEntries.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes what the workshops' tables wrote on sheets 6-8 into collaborations, in the current tenant: a sketch starts a
 * collaboration at idé, an effect joins its sketch's collaboration, a measure becomes an indicator. Each entry is
 * kept (latest per source id), then the whole table is worked out again from what is kept, so entries may arrive
 * twice and in any order (an effect before its sketch waits for it).
 */
@Service
public class SheetIntake {

    private final KeptSheetEntries entries;
    private final Collaborations collaborations;
    private final Indicators indicators;
    private final JdbcClient jdbc;
    private final Clock clock;

    SheetIntake(
            KeptSheetEntries entries,
            Collaborations collaborations,
            Indicators indicators,
            JdbcClient jdbc,
            Clock clock) {
        this.entries = entries;
        this.collaborations = collaborations;
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void sketched(SketchFacts sketch) {
        if (keep(Kind.SKETCH, sketch.sketchId(), sketch.workshopId(), sketch.tableId(), sketch.occurredAt(), sketch)) {
            workOut(sketch.workshopId(), sketch.tableId());
        }
    }

    @Transactional
    public void effectNamed(EffectFacts effect) {
        if (keep(Kind.EFFECT, effect.effectId(), effect.workshopId(), effect.tableId(), effect.occurredAt(), effect)) {
            workOut(effect.workshopId(), effect.tableId());
        }
    }

    @Transactional
    public void measureProposed(MeasureFacts measure) {
        if (keep(
                Kind.MEASURE,
                measure.measureId(),
                measure.workshopId(),
                measure.tableId(),
                measure.occurredAt(),
                measure)) {
            workOut(measure.workshopId(), measure.tableId());
        }
    }

    /** The workshop's sharing changed: its collaborations follow, unless a newer word on it was already taken. */
    @Transactional
    public boolean workshopShared(UUID workshopId, boolean shared, Instant occurredAt) {
        boolean newer = jdbc.sql("""
                        insert into impact.workshop_sharing (workshop_id, tenant_id, shared, occurred_at)
                        values (?, ?, ?, ?)
                        on conflict (workshop_id) do update set shared = excluded.shared,
                            occurred_at = excluded.occurred_at
                            where impact.workshop_sharing.occurred_at < excluded.occurred_at""")
                        .params(workshopId, tenant(), shared, Timestamp.from(occurredAt))
                        .update()
                > 0;
        if (newer) {
            for (Collaboration collaboration : collaborations.findByOriginWorkshopId(workshopId)) {
                collaboration.sharingChanged(shared);
                collaborations.save(collaboration);
            }
        }
        return newer;
    }

    private boolean keep(Kind kind, UUID sourceId, UUID workshopId, UUID tableId, Instant occurredAt, Object data) {
        return entries.keep(kind, sourceId, tenant(), workshopId, tableId, occurredAt, data);
    }

    private void workOut(UUID workshopId, UUID tableId) {
        Instant now = clock.instant();
        for (SketchFacts sketch : entries.at(Kind.SKETCH, workshopId, tableId, SketchFacts.class)) {
            Optional<Collaboration> known = collaborations.findByOriginSketchId(sketch.sketchId());
            if (known.isEmpty()) {
                collaborations.save(Collaboration.fromSketch(tenant(), sketch, now));
            } else if (known.get().describe(sketch)) {
                collaborations.save(known.get());
            }
        }
        List<Collaboration> atTable = collaborations.findByOriginWorkshopIdAndOriginTableId(workshopId, tableId);
        for (EffectFacts effect : entries.at(Kind.EFFECT, workshopId, tableId, EffectFacts.class)) {
            Optional<Collaboration> target = bySketch(atTable, effect.sketchId());
            if (target.isPresent()
                    && target.get()
                            .effectNamed(
                                    effect.effectId(),
                                    Stakeholder.valueOf(effect.stakeholder()),
                                    effect.text(),
                                    effect.benefitTypes(),
                                    effect.occurredAt())) {
                collaborations.save(target.get());
            }
        }
        for (MeasureFacts measure : entries.at(Kind.MEASURE, workshopId, tableId, MeasureFacts.class)) {
            Optional<Collaboration> target = measure.sketchId() != null
                    ? bySketch(atTable, measure.sketchId())
                    : atTable.stream()
                            .filter(c -> measure.effectIds().stream().anyMatch(c::hasEffect))
                            .findFirst()
                            .or(() -> bySketch(atTable, null));
            target.ifPresent(collaboration -> indicatorFor(collaboration, measure, now));
        }
    }

    private void indicatorFor(Collaboration collaboration, MeasureFacts measure, Instant now) {
        Optional<Indicator> known = indicators.findBySourceMeasureId(measure.measureId());
        if (known.isEmpty()) {
            indicators.save(Indicator.fromMeasure(
                    collaboration.facts(),
                    measure.measureId(),
                    measure.what(),
                    measure.how(),
                    measure.occurredAt(),
                    now));
        } else if (known.get()
                .measureRevised(collaboration.facts(), measure.what(), measure.how(), measure.occurredAt(), now)) {
            indicators.save(known.get());
        }
    }

    /** The collaboration of the named sketch, or of the table's only sketch when none is named. */
    private static Optional<Collaboration> bySketch(List<Collaboration> atTable, @Nullable UUID sketchId) {
        if (sketchId == null) {
            return atTable.size() == 1 ? Optional.of(atTable.get(0)) : Optional.empty();
        }
        return atTable.stream().filter(c -> sketchId.equals(c.originSketchId())).findFirst();
    }

    private static UUID tenant() {
        return TenantContext.require().id().value();
    }
}
