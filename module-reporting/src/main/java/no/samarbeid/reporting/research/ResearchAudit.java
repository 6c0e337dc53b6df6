package no.samarbeid.reporting.research;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only audit log of researcher requests and snapshot requests in PostgreSQL: the app role may only insert
 * and read it (no UPDATE or DELETE grant). Readable by platform admins.
 */
@Component
class ResearchAudit {

    private final JdbcClient jdbc;

    ResearchAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One audited request. */
    record Entry(
            Instant at,
            String username,
            String request,
            @Nullable String table,
            String filters,
            @Nullable UUID snapshot,
            int cellsReturned,
            int cellsSuppressed,
            String outcome) {}

    void record(Entry entry) {
        jdbc.sql("insert into reporting.research_audit (id, at, username, request, table_key, filters, snapshot_id,"
                        + " cells_returned, cells_suppressed, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        java.sql.Timestamp.from(entry.at()),
                        entry.username(),
                        entry.request(),
                        entry.table(),
                        entry.filters(),
                        entry.snapshot(),
                        entry.cellsReturned(),
                        entry.cellsSuppressed(),
                        entry.outcome())
                .update();
    }

    List<Entry> latest(int limit) {
        return jdbc.sql("select * from reporting.research_audit order by at desc limit ?")
                .param(limit)
                .query((rs, row) -> new Entry(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("username"),
                        rs.getString("request"),
                        rs.getString("table_key"),
                        rs.getString("filters"),
                        rs.getObject("snapshot_id", UUID.class),
                        rs.getInt("cells_returned"),
                        rs.getInt("cells_suppressed"),
                        rs.getString("outcome")))
                .list();
    }
}
