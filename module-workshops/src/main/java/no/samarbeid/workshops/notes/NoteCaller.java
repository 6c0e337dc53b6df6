package no.samarbeid.workshops.notes;

import java.util.UUID;
import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.workshops.workshop.Participant;
import no.samarbeid.workshops.workshop.Perspective;
import org.jspecify.annotations.Nullable;

/**
 * Who acts on notes: a participant (by id, seat, pseudonym and perspective) or a facilitator of the workshop, who
 * has no participation, sees every note of every table and types in notes for a table.
 */
record NoteCaller(
        @Nullable UUID participantId,
        @Nullable UUID tableId,
        String pseudonym,
        @Nullable Perspective perspective) {

    /** The pseudonym events carry for notes the facilitator typed in. */
    static final String FACILITATOR = "facilitator";

    static NoteCaller forParticipant(Participant participant) {
        return new NoteCaller(
                participant.id(), participant.tableId(), participant.pseudonym(), participant.perspective());
    }

    static NoteCaller forFacilitator() {
        return new NoteCaller(null, null, FACILITATOR, null);
    }

    boolean facilitator() {
        return participantId == null;
    }

    /** Whether the caller works at the table: seated there, or facilitating. */
    boolean atTable(UUID table) {
        return facilitator() || table.equals(tableId);
    }

    void requireAt(UUID table) {
        if (!atTable(table)) {
            throw new AccessRefusedException("note.not-at-table");
        }
    }

    void requireFacilitator() {
        if (!facilitator()) {
            throw new AccessRefusedException("note.facilitators-only");
        }
    }
}
