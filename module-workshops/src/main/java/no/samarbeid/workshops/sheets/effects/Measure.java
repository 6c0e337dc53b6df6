package no.samarbeid.workshops.sheets.effects;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.events.MeasureProposed;
import no.samarbeid.workshops.sheets.SheetScope;
import no.samarbeid.workshops.sheets.TableEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** What a table would measure to know a collaboration's effect, and how (sheet 8), linked to its effects. */
@Table(schema = "workshops", name = "sheet_measure")
class Measure extends TableEntry<Measure> {

    private String what;
    private String how;
    private @Nullable UUID sketchId;

    @MappedCollection(idColumn = "measure_id")
    private Set<MeasureEffect> effects;

    @PersistenceCreator
    Measure(
            UUID id,
            UUID tenantId,
            UUID workshopId,
            UUID tableId,
            String what,
            String how,
            Set<MeasureEffect> effects,
            @Nullable UUID sketchId,
            Instant createdAt,
            int version) {
        super(id, tenantId, workshopId, tableId, createdAt, version);
        this.what = what;
        this.how = how;
        this.effects = new HashSet<>(effects);
        this.sketchId = sketchId;
    }

    /** A new measure; {@code known} are the effects found for its ids, which must all be of the same table. */
    static Measure propose(SheetScope scope, MeasureDetails details, Collection<Effect> known, Instant now) {
        var measure = new Measure(
                UUID.randomUUID(),
                scope.tenantId(),
                scope.workshopId(),
                scope.tableId(),
                details.what(),
                details.how(),
                links(scope, details, known),
                details.sketchId(),
                now,
                0);
        measure.proposed(scope, now);
        return measure;
    }

    void revise(SheetScope scope, MeasureDetails details, Collection<Effect> known, Instant now) {
        effects = links(scope, details, known);
        what = details.what();
        how = details.how();
        sketchId = details.sketchId();
        proposed(scope, now);
    }

    private static Set<MeasureEffect> links(SheetScope scope, MeasureDetails details, Collection<Effect> known) {
        Set<UUID> ofTable = known.stream()
                .filter(effect -> effect.belongsTo(scope))
                .map(Effect::id)
                .collect(Collectors.toSet());
        if (!ofTable.containsAll(details.effectIds())) {
            throw new InvalidInputException("sheets.measure-effect");
        }
        return details.effectIds().stream()
                .map(effectId -> new MeasureEffect(effectId, scope.tenantId()))
                .collect(Collectors.toCollection(HashSet::new));
    }

    private void proposed(SheetScope scope, Instant now) {
        registerEvent(new MeasureProposed(
                UUID.randomUUID(),
                tenantId(),
                workshopId(),
                scope.shared(),
                tableId(),
                id(),
                what,
                how,
                effectIds(),
                sketchId,
                now));
    }

    /** The linked effects' ids, sorted. */
    private List<UUID> effectIds() {
        return effects.stream().map(MeasureEffect::effectId).sorted().toList();
    }

    MeasureView view() {
        return new MeasureView(id(), what, how, effectIds(), sketchId, createdAt());
    }
}
