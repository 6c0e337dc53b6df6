package no.samarbeid.workshops.live;

import java.util.UUID;
import no.samarbeid.workshops.events.WorkshopEvent;
import org.jspecify.annotations.Nullable;

/**
 * A workshop event as received from Kafka, classified once for the live streams: its table (null when it concerns
 * the whole workshop), who may see it, and for notes the author's pseudonym and sheet (never sent to participants).
 */
record LiveRecord(
        LiveEventId id,
        long timestamp,
        WorkshopEvent event,
        @Nullable UUID tableId,
        LiveVisibility visibility,
        @Nullable String author,
        @Nullable String sheetKey) {

    String name() {
        return event.getClass().getSimpleName();
    }
}
