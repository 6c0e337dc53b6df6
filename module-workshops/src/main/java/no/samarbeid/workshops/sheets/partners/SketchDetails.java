package no.samarbeid.workshops.sheets.partners;

import java.util.UUID;
import no.samarbeid.workshops.sheets.SheetText;

/**
 * A table's sketch of a possible collaboration (sheet 6): the entrepreneur (a partner of the table's sheet 5), the
 * sector or service area, project type, whether it needs a procurement and who must be involved, the form of
 * delivery, and how it would work.
 */
public record SketchDetails(
        UUID partnerId,
        String sector,
        SketchProjectType projectType,
        boolean procurement,
        String involved,
        SketchDeliveryForm deliveryForm,
        String howItWorks) {

    static final int MAX_SECTOR = 120;
    static final int MAX_INVOLVED = 500;
    static final int MAX_HOW = 4000;

    public SketchDetails {
        sector = SheetText.required(sector, MAX_SECTOR, "sheets.sketch-sector");
        involved = SheetText.optional(involved, MAX_INVOLVED, "sheets.sketch-involved");
        howItWorks = SheetText.optional(howItWorks, MAX_HOW, "sheets.sketch-how");
    }
}
