package no.samarbeid.workshops.sheets.effects;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.samarbeid.workshops.sheets.SheetAccess;
import no.samarbeid.workshops.sheets.SheetScope;
import no.samarbeid.workshops.sheets.partners.SketchService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The effects sheet (7) of a table: effects per stakeholder with their benefit types. */
@Service
public class EffectService {

    private final SheetAccess access;
    private final Effects effects;
    private final SketchService sketches;
    private final Clock clock;

    EffectService(SheetAccess access, Effects effects, SketchService sketches, Clock clock) {
        this.access = access;
        this.effects = effects;
        this.sketches = sketches;
        this.clock = clock;
    }

    @Transactional
    public EffectView identify(UUID workshopId, UUID tableId, EffectDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        sketches.requireDrawnAt(scope, details.sketchId());
        return effects.store(Effect.identify(scope, details, clock.instant())).view();
    }

    @Transactional
    public EffectView revise(UUID workshopId, UUID tableId, UUID effectId, EffectDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        Effect effect = effects.at(scope, effectId, "sheets.effect-not-found");
        sketches.requireDrawnAt(scope, details.sketchId());
        effect.revise(scope, details, clock.instant());
        return effects.store(effect).view();
    }

    @Transactional(readOnly = true)
    public List<EffectView> all(UUID workshopId, UUID tableId) {
        SheetScope scope = access.readable(workshopId, tableId);
        return effects.allAt(scope).stream().map(Effect::view).toList();
    }
}
