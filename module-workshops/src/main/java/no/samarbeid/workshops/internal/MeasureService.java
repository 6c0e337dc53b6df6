package no.samarbeid.workshops.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The measuring sheet (8) of a table: what to measure and how, linked to the table's effects. */
@Service
class MeasureService {

    private final SheetAccess access;
    private final Measures measures;
    private final Effects effects;
    private final Clock clock;

    MeasureService(SheetAccess access, Measures measures, Effects effects, Clock clock) {
        this.access = access;
        this.measures = measures;
        this.effects = effects;
        this.clock = clock;
    }

    @Transactional
    MeasureView propose(UUID workshopId, UUID tableId, MeasureDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        Measure measure = Measure.propose(scope, details, effects.findAllById(details.effectIds()), clock.instant());
        return SheetWrites.save(measures, measure).view();
    }

    @Transactional
    MeasureView revise(UUID workshopId, UUID tableId, UUID measureId, MeasureDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        Measure measure = measures.findById(measureId)
                .filter(m -> m.belongsTo(scope))
                .orElseThrow(() -> new NotFoundException("sheets.measure-not-found"));
        measure.revise(scope, details, effects.findAllById(details.effectIds()), clock.instant());
        return SheetWrites.save(measures, measure).view();
    }

    @Transactional(readOnly = true)
    List<MeasureView> all(UUID workshopId, UUID tableId) {
        SheetScope scope = access.readable(workshopId, tableId);
        return measures.findByWorkshopIdAndTableIdOrderByCreatedAt(scope.workshopId(), scope.tableId()).stream()
                .map(Measure::view)
                .toList();
    }
}
