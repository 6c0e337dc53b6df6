package no.samarbeid.workshops.workshop;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** One sheet of the workshop's agenda with its timebox, and whether it has been opened at any table. */
@Table(schema = "workshops", name = "workshop_agenda_item")
record AgendaItem(UUID tenantId, String sheetKey, int minutes, boolean opened) {

    AgendaItem opening() {
        return new AgendaItem(tenantId, sheetKey, minutes, true);
    }
}
