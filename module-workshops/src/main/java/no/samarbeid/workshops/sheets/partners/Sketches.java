package no.samarbeid.workshops.sheets.partners;

import java.util.UUID;
import no.samarbeid.workshops.sheets.TableEntries;

/** The collaboration sketches of the current tenant's tables. */
interface Sketches extends TableEntries<Sketch> {

    boolean existsByPartnerId(UUID partnerId);
}
