package no.samarbeid.workshops.live;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who a live stream is for, fixed when it connects: the plenary (all tables, {@code tableId} null) or one table; a
 * participant seated there (known by pseudonym) or a facilitator, who sees unrevealed notes without their author; a
 * projector's signed link follows the plenary without a facilitator's sight.
 */
record LiveAudience(
        UUID tenantId,
        UUID workshopId,
        @Nullable UUID tableId,
        @Nullable String pseudonym,
        boolean facilitator) {

    static LiveAudience plenary(UUID tenantId, UUID workshopId) {
        return new LiveAudience(tenantId, workshopId, null, null, true);
    }

    /** A projector by its signed link: every table, as a participant sees it (no unrevealed note, no author). */
    static LiveAudience projector(UUID tenantId, UUID workshopId) {
        return new LiveAudience(tenantId, workshopId, null, null, false);
    }

    static LiveAudience facilitatorAt(UUID tenantId, UUID workshopId, UUID tableId) {
        return new LiveAudience(tenantId, workshopId, tableId, null, true);
    }

    static LiveAudience participant(UUID tenantId, UUID workshopId, UUID tableId, String pseudonym) {
        return new LiveAudience(tenantId, workshopId, tableId, pseudonym, false);
    }

    boolean plenary() {
        return tableId == null;
    }

    /** Whether this audience wrote what {@code author} names. */
    boolean wrote(@Nullable String author) {
        return pseudonym != null && pseudonym.equals(author);
    }
}
