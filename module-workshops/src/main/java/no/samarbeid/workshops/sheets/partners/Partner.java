package no.samarbeid.workshops.sheets.partners;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.workshops.events.EntrepreneurMentioned;
import no.samarbeid.workshops.events.PartnerRetracted;
import no.samarbeid.workshops.sheets.SheetScope;
import no.samarbeid.workshops.sheets.TableEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** A social entrepreneur a table names as a potential partner of the municipality (sheet 5). */
@Table(schema = "workshops", name = "sheet_partner")
class Partner extends TableEntry<Partner> {

    private String name;
    private String delivers;
    private PartnerZone zone;
    private @Nullable String organisationNumber;

    @PersistenceCreator
    Partner(
            UUID id,
            UUID tenantId,
            UUID workshopId,
            UUID tableId,
            String name,
            String delivers,
            PartnerZone zone,
            @Nullable String organisationNumber,
            Instant createdAt,
            int version) {
        super(id, tenantId, workshopId, tableId, createdAt, version);
        this.name = name;
        this.delivers = delivers;
        this.zone = zone;
        this.organisationNumber = organisationNumber;
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
                details.organisationNumber(),
                now,
                0);
        partner.mentioned(scope, now);
        return partner;
    }

    void revise(SheetScope scope, PartnerDetails details, Instant now) {
        name = details.name();
        delivers = details.delivers();
        zone = details.zone();
        organisationNumber = details.organisationNumber();
        mentioned(scope, now);
    }

    /** Takes the partner off the sheet; the repository deletes it and publishes the retraction. */
    void retract(SheetScope scope, Instant now) {
        registerEvent(new PartnerRetracted(
                UUID.randomUUID(), tenantId(), workshopId(), scope.shared(), tableId(), id(), now));
    }

    private void mentioned(SheetScope scope, Instant now) {
        registerEvent(new EntrepreneurMentioned(
                UUID.randomUUID(),
                tenantId(),
                workshopId(),
                scope.shared(),
                tableId(),
                id(),
                name,
                delivers,
                zone.name(),
                organisationNumber,
                now));
    }

    String name() {
        return name;
    }

    PartnerView view() {
        return new PartnerView(id(), name, delivers, zone, organisationNumber, createdAt());
    }
}
