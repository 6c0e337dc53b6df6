package no.samarbeid.workshops.sheets.partners;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.workshops.sheets.SheetAccess;
import no.samarbeid.workshops.sheets.SheetScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner sheet (5) of a table: potential partners with what they deliver and their zone. */
@Service
public class PartnerService {

    private final SheetAccess access;
    private final Partners partners;
    private final Sketches sketches;
    private final Clock clock;

    PartnerService(SheetAccess access, Partners partners, Sketches sketches, Clock clock) {
        this.access = access;
        this.partners = partners;
        this.sketches = sketches;
        this.clock = clock;
    }

    @Transactional
    public PartnerView mention(UUID workshopId, UUID tableId, PartnerDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        return partners.store(Partner.mention(scope, details, clock.instant())).view();
    }

    @Transactional
    public PartnerView revise(UUID workshopId, UUID tableId, UUID partnerId, PartnerDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        Partner partner = find(scope, partnerId);
        partner.revise(scope, details, clock.instant());
        return partners.store(partner).view();
    }

    /** Removes a partner no sketch builds on. */
    @Transactional
    public void remove(UUID workshopId, UUID tableId, UUID partnerId) {
        SheetScope scope = access.writable(workshopId, tableId);
        Partner partner = find(scope, partnerId);
        if (sketches.existsByPartnerId(partnerId)) {
            throw new ConflictException("sheets.partner-in-sketch", partner.name());
        }
        partner.retract(scope, clock.instant());
        partners.delete(partner);
    }

    @Transactional(readOnly = true)
    public List<PartnerView> all(UUID workshopId, UUID tableId) {
        SheetScope scope = access.readable(workshopId, tableId);
        return partners.allAt(scope).stream().map(Partner::view).toList();
    }

    /** The partner of the table, if it exists. */
    Partner find(SheetScope scope, UUID partnerId) {
        return partners.at(scope, partnerId, "sheets.partner-not-found");
    }
}
