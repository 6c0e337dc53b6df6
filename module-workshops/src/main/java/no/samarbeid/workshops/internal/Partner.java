package no.samarbeid.workshops.internal;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.workshops.events.EntrepreneurMentioned;
import no.samarbeid.workshops.events.PartnerRetracted;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A social entrepreneur a table names as a potential partner of the municipality (sheet 5). */
@Table(schema = "workshops", name = "sheet_partner")
class Partner extends SheetAggregate<Partner> {

    @Id
    private final UUID id;

    private final UUID tenantId;
    private final UUID workshopId;
    private final UUID tableId;
    private String name;
    private String delivers;
    private PartnerZone zone;
    private final Instant createdAt;

    @Version
    private int version;

    @PersistenceCreator
    Partner(
            UUID id,
            UUID tenantId,
            UUID workshopId,
            UUID tableId,
            String name,
            String delivers,
            PartnerZone zone,
            Instant createdAt,
            int version) {
        this.id = id;
        this.tenantId = tenantId;
        this.workshopId = workshopId;
        this.tableId = tableId;
        this.name = name;
        this.delivers = delivers;
        this.zone = zone;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Partner mention(SheetScope scope, PartnerDetails details, Instant now) {
        var partner = new Partner(
                UUID.randomUUID(),
                scope.tenantId(),
                scope.workshopId(),
                scope.tableId(),
                details.name(),
                details.delivers(),
                details.zone(),
                now,
                0);
        partner.mentioned(scope, now);
        return partner;
    }

    void revise(SheetScope scope, PartnerDetails details, Instant now) {
        name = details.name();
        delivers = details.delivers();
        zone = details.zone();
        mentioned(scope, now);
    }

    /** Takes the partner off the sheet; the repository deletes it and publishes the retraction. */
    void retract(SheetScope scope, Instant now) {
        registerEvent(new PartnerRetracted(UUID.randomUUID(), tenantId, workshopId, scope.shared(), tableId, id, now));
    }

    boolean belongsTo(SheetScope scope) {
        return workshopId.equals(scope.workshopId()) && tableId.equals(scope.tableId());
    }

    private void mentioned(SheetScope scope, Instant now) {
        registerEvent(new EntrepreneurMentioned(
                UUID.randomUUID(),
                tenantId,
                workshopId,
                scope.shared(),
                tableId,
                id,
                name,
                delivers,
                zone.name(),
                now));
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    PartnerView view() {
        return new PartnerView(id, name, delivers, zone, createdAt);
    }
}
