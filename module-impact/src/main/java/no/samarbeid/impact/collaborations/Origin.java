package no.samarbeid.impact.collaborations;

import java.util.UUID;

/** Where a collaboration was sketched: the workshop (its report is {@code /workshops/{id}/rapport}), table, sketch. */
record Origin(UUID workshopId, UUID tableId, UUID sketchId) {

    public String reportPath() {
        return "/workshops/" + workshopId + "/rapport";
    }
}
