package no.samarbeid.workshops.workshop;

import no.samarbeid.workshops.templates.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * What a projector link shows of a running workshop: the workshop, its join code, where the room is (the step of the
 * table furthest along, that table and the step's sheet), so its countdown can be shown large.
 */
public record ProjectedWorkshop(
        WorkshopView workshop,
        String joinCode,
        @Nullable RunStep current,
        @Nullable TableView lead,
        @Nullable Sheet sheet) {

    /** The join code in groups of four for reading aloud, e.g. {@code 426Q U2P2 GN}. */
    public String groupedCode() {
        return joinCode.replaceAll("(.{4})(?=.)", "$1 ");
    }

    /** Whether the room's leading table has a countdown, running or paused. */
    public boolean timed() {
        return lead != null && (lead.phaseEndsAt() != null || lead.pausedRemainingSeconds() != null);
    }
}
