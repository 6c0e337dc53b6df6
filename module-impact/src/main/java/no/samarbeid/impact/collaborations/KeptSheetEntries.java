package no.samarbeid.impact.collaborations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workshops' sheet entries as this module read them: the latest per source id by {@code occurredAt}. Keeping
 * an entry refuses one that is not newer, so a repeated or late event changes nothing.
 */
@Repository
class KeptSheetEntries {

    enum Kind {
        SKETCH,
        EFFECT,
        MEASURE
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    KeptSheetEntries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps the entry if it is newer than the one kept; true when kept. */
    boolean keep(
            Kind kind, UUID sourceId, UUID tenantId, UUID workshopId, UUID tableId, Instant occurredAt, Object data) {
        return jdbc.sql("""
                        insert into impact.sheet_entry
                            (kind, source_id, tenant_id, workshop_id, table_id, occurred_at, retracted, data)
                        values (?, ?, ?, ?, ?, ?, false, cast(? as jsonb))
                        on conflict (kind, source_id) do update
                            set occurred_at = excluded.occurred_at, data = excluded.data,
                                retracted = excluded.retracted
                            where impact.sheet_entry.occurred_at < excluded.occurred_at""")
                        .params(
                                kind.name(),
                                sourceId,
                                tenantId,
                                workshopId,
                                tableId,
                                Timestamp.from(occurredAt),
                                json.writeValueAsString(data))
                        .update()
                > 0;
    }

    /** The live entries of a kind at a table. */
    <T> List<T> at(Kind kind, UUID workshopId, UUID tableId, Class<T> type) {
        return jdbc.sql("""
                        select data::text from impact.sheet_entry
                        where kind = ? and workshop_id = ? and table_id = ? and not retracted
                        order by occurred_at, source_id""").params(kind.name(), workshopId, tableId).query(String.class).list().stream()
                .map(text -> json.readValue(text, type))
                .toList();
    }
}
