package no.samarbeid.workshops.sheets.partners;

import no.samarbeid.workshops.sheets.SheetText;

/** What a table writes about a potential partner: the name, what they deliver (optional) and the zone. */
public record PartnerDetails(String name, String delivers, PartnerZone zone) {

    static final int MAX_NAME = 120;
    static final int MAX_DELIVERS = 500;

    public PartnerDetails {
        name = SheetText.required(name, MAX_NAME, "sheets.partner-name");
        delivers = SheetText.optional(delivers, MAX_DELIVERS, "sheets.partner-delivers");
    }
}
