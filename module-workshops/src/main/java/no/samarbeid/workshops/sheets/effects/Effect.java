package no.samarbeid.workshops.sheets.effects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samarbeid.workshops.events.EffectIdentified;
import no.samarbeid.workshops.sheets.SheetScope;
import no.samarbeid.workshops.sheets.TableEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** An effect a collaboration may give a stakeholder, tagged with benefit types (sheet 7). */
@Table(schema = "workshops", name = "sheet_effect")
class Effect extends TableEntry<Effect> {

    private EffectStakeholder stakeholder;
    private String text;
    private List<String> benefits;
    private @Nullable UUID sketchId;

    @PersistenceCreator
    Effect(
            UUID id,
            UUID tenantId,
            UUID workshopId,
            UUID tableId,
            EffectStakeholder stakeholder,
            String text,
            List<String> benefits,
            @Nullable UUID sketchId,
            Instant createdAt,
            int version) {
        super(id, tenantId, workshopId, tableId, createdAt, version);
        this.stakeholder = stakeholder;
        this.text = text;
        this.benefits = List.copyOf(benefits);
        this.sketchId = sketchId;
    }

    static Effect identify(SheetScope scope, EffectDetails details, Instant now) {
        var effect = new Effect(
                UUID.randomUUID(),
                scope.tenantId(),
                scope.workshopId(),
                scope.tableId(),
                details.stakeholder(),
                details.text(),
                names(details.benefits()),
                details.sketchId(),
                now,
                0);
        effect.identified(scope, now);
        return effect;
    }

    void revise(SheetScope scope, EffectDetails details, Instant now) {
        stakeholder = details.stakeholder();
        text = details.text();
        benefits = names(details.benefits());
        sketchId = details.sketchId();
        identified(scope, now);
    }

    private void identified(SheetScope scope, Instant now) {
        registerEvent(new EffectIdentified(
                UUID.randomUUID(),
                tenantId(),
                workshopId(),
                scope.shared(),
                tableId(),
                id(),
                stakeholder.name(),
                text,
                benefits,
                sketchId,
                now));
    }

    /** The benefit types' names in their declared order. */
    private static List<String> names(Set<EffectBenefit> benefits) {
        List<String> names = new ArrayList<>();
        (benefits.isEmpty() ? EnumSet.noneOf(EffectBenefit.class) : EnumSet.copyOf(benefits))
                .forEach(benefit -> names.add(benefit.name()));
        return List.copyOf(names);
    }

    EffectView view() {
        Set<EffectBenefit> types = EnumSet.noneOf(EffectBenefit.class);
        benefits.forEach(name -> types.add(EffectBenefit.valueOf(name)));
        return new EffectView(id(), stakeholder, text, types, sketchId, createdAt());
    }
}
