package no.samarbeid.workshops.sheets.effects;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.samarbeid.workshops.sheets.SheetAccess;
import no.samarbeid.workshops.sheets.SheetScope;
import no.samarbeid.workshops.sheets.partners.SketchService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The measuring sheet (8) of a table: what to measure and how, linked to the table's effects. */
@Service
public class MeasureService {

    private final SheetAccess access;
    private final Measures measures;
    private final Effects effects;
    private final SketchService sketches;
    private final Clock clock;

    MeasureService(SheetAccess access, Measures measures, Effects effects, SketchService sketches, Clock clock) {
        this.access = access;
        this.measures = measures;
        this.effects = effects;
        this.sketches = sketches;
        this.clock = clock;
    }

    @Transactional
    public MeasureView propose(UUID workshopId, UUID tableId, MeasureDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        sketches.requireDrawnAt(scope, details.sketchId());
        Measure measure = Measure.propose(scope, details, effects.findAllById(details.effectIds()), clock.instant());
        return measures.store(measure).view();
    }

    @Transactional
    public MeasureView revise(UUID workshopId, UUID tableId, UUID measureId, MeasureDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        Measure measure = measures.at(scope, measureId, "sheets.measure-not-found");
        sketches.requireDrawnAt(scope, details.sketchId());
        measure.revise(scope, details, effects.findAllById(details.effectIds()), clock.instant());
        return measures.store(measure).view();
    }

    @Transactional(readOnly = true)
    public List<MeasureView> all(UUID workshopId, UUID tableId) {
        SheetScope scope = access.readable(workshopId, tableId);
        return measures.allAt(scope).stream().map(Measure::view).toList();
    }
}
