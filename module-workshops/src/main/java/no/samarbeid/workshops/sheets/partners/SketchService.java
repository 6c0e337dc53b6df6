package no.samarbeid.workshops.sheets.partners;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samarbeid.core.web.InvalidFieldException;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.core.web.NotFoundException;
import no.samarbeid.workshops.sheets.SheetAccess;
import no.samarbeid.workshops.sheets.SheetScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The collaboration sketches (sheet 6) of a table, and the photos of their drawings. */
@Service
public class SketchService {

    private final SheetAccess access;
    private final Sketches sketches;
    private final Partners partners;
    private final SketchPhotos photos;
    private final Clock clock;

    SketchService(SheetAccess access, Sketches sketches, Partners partners, SketchPhotos photos, Clock clock) {
        this.access = access;
        this.sketches = sketches;
        this.partners = partners;
        this.photos = photos;
        this.clock = clock;
    }

    @Transactional
    public SketchView draw(UUID workshopId, UUID tableId, SketchDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        Partner partner = partner(scope, details.partnerId());
        return sketches.store(Sketch.draw(scope, partner, details, clock.instant()))
                .view(partner.name());
    }

    @Transactional
    public SketchView revise(UUID workshopId, UUID tableId, UUID sketchId, SketchDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        Sketch sketch = find(scope, sketchId);
        Partner partner = partner(scope, details.partnerId());
        sketch.revise(scope, partner, details, clock.instant());
        return sketches.store(sketch).view(partner.name());
    }

    @Transactional
    public SketchView photograph(UUID workshopId, UUID tableId, UUID sketchId, SketchPhoto photo) {
        SheetScope scope = access.writable(workshopId, tableId);
        Sketch sketch = find(scope, sketchId);
        photos.store(sketchId, scope.tenantId(), photo, clock.instant());
        sketch.photographed(photo.contentType());
        return sketches.store(sketch).view(partner(scope, sketch.partnerId()).name());
    }

    @Transactional(readOnly = true)
    public List<SketchView> all(UUID workshopId, UUID tableId) {
        SheetScope scope = access.readable(workshopId, tableId);
        Map<UUID, String> names = partners.allAt(scope).stream().collect(Collectors.toMap(Partner::id, Partner::name));
        return sketches.allAt(scope).stream()
                .map(sketch -> sketch.view(names.getOrDefault(sketch.partnerId(), "")))
                .toList();
    }

    @Transactional(readOnly = true)
    SketchView get(UUID workshopId, UUID tableId, UUID sketchId) {
        SheetScope scope = access.readable(workshopId, tableId);
        Sketch sketch = find(scope, sketchId);
        return sketch.view(partner(scope, sketch.partnerId()).name());
    }

    @Transactional(readOnly = true)
    public SketchPhoto photo(UUID workshopId, UUID tableId, UUID sketchId) {
        SheetScope scope = access.readable(workshopId, tableId);
        Sketch sketch = find(scope, sketchId);
        return photos.find(sketch.id()).orElseThrow(() -> new NotFoundException("sheets.photo-not-found"));
    }

    /** Refuses a sketch id that is not one of the table's sketches (an effect or measure may name the one it is for). */
    public void requireDrawnAt(SheetScope scope, @Nullable UUID sketchId) {
        if (sketchId != null
                && sketches.findById(sketchId)
                        .filter(sketch -> sketch.belongsTo(scope))
                        .isEmpty()) {
            throw new InvalidFieldException("sketchId", "sheets.entry-sketch");
        }
    }

    private Sketch find(SheetScope scope, UUID sketchId) {
        return sketches.at(scope, sketchId, "sheets.sketch-not-found");
    }

    /** The partner a sketch refers to: one of the same table, else invalid input. */
    private Partner partner(SheetScope scope, UUID partnerId) {
        return partners.findById(partnerId)
                .filter(partner -> partner.belongsTo(scope))
                .orElseThrow(() -> new InvalidInputException("sheets.sketch-partner"));
    }
}
