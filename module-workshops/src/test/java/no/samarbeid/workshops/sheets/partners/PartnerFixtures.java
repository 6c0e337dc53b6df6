package no.samarbeid.workshops.sheets.partners;

import static no.samarbeid.workshops.sheets.SheetFixtures.NOW;

import no.samarbeid.workshops.sheets.SheetScope;

/** Partners for the unit tests of sheets 5 and 6. */
final class PartnerFixtures {

    private PartnerFixtures() {}

    static Partner partner(SheetScope scope, String name) {
        return Partner.mention(scope, new PartnerDetails(name, "Arbeidstrening", PartnerZone.MUNICIPALITY), NOW);
    }
}
