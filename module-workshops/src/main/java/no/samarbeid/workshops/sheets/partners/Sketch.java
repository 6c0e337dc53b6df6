package no.samarbeid.workshops.sheets.partners;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.events.CollaborationSketched;
import no.samarbeid.workshops.sheets.SheetScope;
import no.samarbeid.workshops.sheets.TableEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A possible collaboration a table sketches with one of its potential partners (sheet 6), with an optional photo of
 * a drawing (kept apart, see {@link SketchPhotos}; the sketch knows only its type).
 */
@Table(schema = "workshops", name = "sheet_sketch")
class Sketch extends TableEntry<Sketch> {

    private UUID partnerId;
    private String sector;
    private SketchProjectType projectType;
    private boolean procurement;
    private String involved;
    private SketchDeliveryForm deliveryForm;
    private String howItWorks;
    private @Nullable String photoType;

    @PersistenceCreator
    Sketch(
            UUID id,
            UUID tenantId,
            UUID workshopId,
            UUID tableId,
            UUID partnerId,
            String sector,
            SketchProjectType projectType,
            boolean procurement,
            String involved,
            SketchDeliveryForm deliveryForm,
            String howItWorks,
            @Nullable String photoType,
            Instant createdAt,
            int version) {
        super(id, tenantId, workshopId, tableId, createdAt, version);
        this.partnerId = partnerId;
        this.sector = sector;
        this.projectType = projectType;
        this.procurement = procurement;
        this.involved = involved;
        this.deliveryForm = deliveryForm;
        this.howItWorks = howItWorks;
        this.photoType = photoType;
    }

    /** A new sketch with a partner of the same table. */
    static Sketch draw(SheetScope scope, Partner partner, SketchDetails details, Instant now) {
        requireSameTable(scope, partner, details);
        var sketch = new Sketch(
                UUID.randomUUID(),
                scope.tenantId(),
                scope.workshopId(),
                scope.tableId(),
                partner.id(),
                details.sector(),
                details.projectType(),
                details.procurement(),
                details.involved(),
                details.deliveryForm(),
                details.howItWorks(),
                null,
                now,
                0);
        sketch.sketched(scope, partner, now);
        return sketch;
    }

    void revise(SheetScope scope, Partner partner, SketchDetails details, Instant now) {
        requireSameTable(scope, partner, details);
        partnerId = partner.id();
        sector = details.sector();
        projectType = details.projectType();
        procurement = details.procurement();
        involved = details.involved();
        deliveryForm = details.deliveryForm();
        howItWorks = details.howItWorks();
        sketched(scope, partner, now);
    }

    /** Notes that a photo of the drawing of the given type is now kept with the sketch. */
    void photographed(String contentType) {
        photoType = contentType;
    }

    private static void requireSameTable(SheetScope scope, Partner partner, SketchDetails details) {
        if (!partner.id().equals(details.partnerId()) || !partner.belongsTo(scope)) {
            throw new InvalidInputException("sheets.sketch-partner");
        }
    }

    private void sketched(SheetScope scope, Partner partner, Instant now) {
        registerEvent(new CollaborationSketched(
                UUID.randomUUID(),
                tenantId(),
                workshopId(),
                scope.shared(),
                tableId(),
                id(),
                partnerId,
                partner.name(),
                sector,
                projectType.name(),
                procurement,
                involved,
                deliveryForm.name(),
                howItWorks,
                now));
    }

    UUID partnerId() {
        return partnerId;
    }

    @Nullable
    String photoType() {
        return photoType;
    }

    SketchView view(String partnerName) {
        return new SketchView(
                id(),
                partnerId,
                partnerName,
                sector,
                projectType,
                procurement,
                involved,
                deliveryForm,
                howItWorks,
                photoType != null,
                createdAt());
    }
}
