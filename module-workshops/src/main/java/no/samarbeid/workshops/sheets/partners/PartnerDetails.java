package no.samarbeid.workshops.sheets.partners;

import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.sheets.SheetText;
import org.jspecify.annotations.Nullable;

/**
 * What a table writes about a potential partner: the name, what they deliver (optional), the zone, and the
 * organisation number of the register entry picked while typing the name (optional, nine digits).
 */
public record PartnerDetails(
        String name,
        String delivers,
        PartnerZone zone,
        @Nullable String organisationNumber) {

    static final int MAX_NAME = 120;
    static final int MAX_DELIVERS = 500;

    public PartnerDetails {
        name = SheetText.required(name, MAX_NAME, "sheets.partner-name");
        delivers = SheetText.optional(delivers, MAX_DELIVERS, "sheets.partner-delivers");
        organisationNumber =
                organisationNumber == null || organisationNumber.isBlank() ? null : organisationNumber.strip();
        if (organisationNumber != null && !organisationNumber.matches("\\d{9}")) {
            throw new InvalidInputException("sheets.partner-organisation-number", organisationNumber);
        }
    }

    /** A partner typed in without picking a register entry. */
    public PartnerDetails(String name, String delivers, PartnerZone zone) {
        this(name, delivers, zone, null);
    }
}
