package no.samarbeid.workshops.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The effects sheet (7) of a table: effects per stakeholder with their benefit types. */
@Service
class EffectService {

    private final SheetAccess access;
    private final Effects effects;
    private final Clock clock;

    EffectService(SheetAccess access, Effects effects, Clock clock) {
        this.access = access;
        this.effects = effects;
        this.clock = clock;
    }

    @Transactional
    EffectView identify(UUID workshopId, UUID tableId, EffectDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        return SheetWrites.save(effects, Effect.identify(scope, details, clock.instant()))
                .view();
    }

    @Transactional
    EffectView revise(UUID workshopId, UUID tableId, UUID effectId, EffectDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        Effect effect = effects.findById(effectId)
                .filter(e -> e.belongsTo(scope))
                .orElseThrow(() -> new NotFoundException("sheets.effect-not-found"));
        effect.revise(scope, details, clock.instant());
        return SheetWrites.save(effects, effect).view();
    }

    @Transactional(readOnly = true)
    List<EffectView> all(UUID workshopId, UUID tableId) {
        SheetScope scope = access.readable(workshopId, tableId);
        return effects.findByWorkshopIdAndTableIdOrderByCreatedAt(scope.workshopId(), scope.tableId()).stream()
                .map(Effect::view)
                .toList();
    }
}
