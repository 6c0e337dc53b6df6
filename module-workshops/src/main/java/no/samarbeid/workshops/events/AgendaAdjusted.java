package no.samarbeid.workshops.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * The facilitator adjusted the workshop's agenda: sheets left out, reordered or given other minutes. {@code sheetKeys}
 * is the whole agenda afterwards, in order (keys of the pinned template).
 */
@Externalized("samarbeid.workshops::#{tenantId()}")
public record AgendaAdjusted(
        UUID eventId, UUID tenantId, UUID workshopId, boolean shared, List<String> sheetKeys, Instant occurredAt)
        implements WorkshopEvent {

    public AgendaAdjusted {
        sheetKeys = List.copyOf(sheetKeys);
    }
}
