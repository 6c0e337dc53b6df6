package no.samarbeid.reporting.research;

import java.io.IOException;
import java.sql.Array;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes snapshots (counts every table of the codebook now, applies disclosure control per table and across the
 * tables of a measure, and stores only what may be published) and reads them back. The app role may only insert and
 * read these tables, so a stored snapshot cannot change.
 */
@Component
class Snapshots {

    private final JdbcClient jdbc;
    private final TableCounter counter;
    private final Thresholds thresholds;
    private final Clock clock;

    Snapshots(JdbcClient jdbc, TableCounter counter, Thresholds thresholds) {
        this.jdbc = jdbc;
        this.counter = counter;
        this.thresholds = thresholds;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    Snapshot take(String reason, @Nullable String requestedBy) throws IOException {
        var snapshot = new Snapshot(
                UUID.randomUUID(),
                Instant.now(clock),
                reason,
                requestedBy,
                Codebook.VERSION,
                thresholds.minContributors(),
                thresholds.minMunicipalities());
        Map<String, Map<String, List<Cell>>> countedByGroup = new LinkedHashMap<>();
        for (ResearchTable table : Codebook.TABLES) {
            countedByGroup
                    .computeIfAbsent(table.group(), g -> new LinkedHashMap<>())
                    .put(table.key(), counter.count(table));
        }
        jdbc.sql("insert into reporting.snapshot (id, taken_at, reason, requested_by, codebook_version,"
                        + " min_contributors, min_municipalities) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        snapshot.id(),
                        java.sql.Timestamp.from(snapshot.takenAt()),
                        reason,
                        requestedBy,
                        snapshot.codebookVersion(),
                        snapshot.minContributors(),
                        snapshot.minMunicipalities())
                .update();
        var control = new DisclosureControl(thresholds);
        for (Map<String, List<Cell>> group : countedByGroup.values()) {
            Map<String, List<PublishedCell>> published = new LinkedHashMap<>();
            group.forEach((key, cells) -> published.put(key, control.protect(cells)));
            Map<String, List<PublishedCell>> protectedGroup = GroupProtection.protect(group, published, thresholds);
            boolean safe = SuppressionAudit.intervals(protectedGroup).stream()
                    .allMatch(interval -> interval.width() >= thresholds.minContributors());
            if (!safe) {
                protectedGroup = GroupProtection.suppressAll(protectedGroup);
            }
            protectedGroup.forEach((key, cells) -> store(snapshot, key, cells));
        }
        return snapshot;
    }

    private void store(Snapshot snapshot, String table, List<PublishedCell> cells) {
        for (int position = 0; position < cells.size(); position++) {
            PublishedCell cell = cells.get(position);
            int at = position;
            jdbc.sql("insert into reporting.snapshot_cell (snapshot_id, table_key, position, key, value, suppressed)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(
                            snapshot.id(),
                            table,
                            at,
                            cell.key().toArray(String[]::new),
                            cell.value(),
                            cell.suppressed())
                    .update();
        }
    }

    List<Snapshot> all() {
        return jdbc.sql("select * from reporting.snapshot order by taken_at desc")
                .query((rs, row) -> new Snapshot(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("taken_at").toInstant(),
                        rs.getString("reason"),
                        rs.getString("requested_by"),
                        rs.getString("codebook_version"),
                        rs.getInt("min_contributors"),
                        rs.getInt("min_municipalities")))
                .list();
    }

    Optional<Snapshot> find(UUID id) {
        return all().stream().filter(snapshot -> snapshot.id().equals(id)).findFirst();
    }

    Optional<Snapshot> latest() {
        return all().stream().findFirst();
    }

    List<PublishedCell> cells(UUID snapshot, String table) {
        return jdbc.sql("select key, value, suppressed from reporting.snapshot_cell where snapshot_id = ? and"
                        + " table_key = ? order by position")
                .params(snapshot, table)
                .query((rs, row) -> {
                    Array key = rs.getArray("key");
                    long value = rs.getLong("value");
                    boolean missing = rs.wasNull();
                    return new PublishedCell(
                            List.of((String[]) key.getArray()), missing ? null : value, rs.getBoolean("suppressed"));
                })
                .list();
    }
}
