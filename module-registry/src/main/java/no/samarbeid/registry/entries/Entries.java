package no.samarbeid.registry.entries;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samarbeid.core.web.ConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The register's entries and their histories in the {@code registry} schema. */
@Repository
class Entries {

    private static final String COLUMNS = "organisation_number, name, organisation_form, nonprofit, industry_code,"
            + " municipality_number, bankrupt, under_liquidation, status, merged_into, profile::text as profile,"
            + " proposed_by_tenant, created_at, updated_at, version";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Entries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Entry> find(String organisationNumber) {
        return jdbc.sql("select " + COLUMNS + " from registry.entry where organisation_number = ?")
                .param(organisationNumber)
                .query(this::entry)
                .optional();
    }

    boolean exists(String organisationNumber) {
        return jdbc.sql("select count(*) from registry.entry where organisation_number = ?")
                        .param(organisationNumber)
                        .query(Long.class)
                        .single()
                > 0;
    }

    java.util.Set<String> numbers() {
        return new java.util.HashSet<>(jdbc.sql("select organisation_number from registry.entry")
                .query(String.class)
                .list());
    }

    List<Entry> withStatus(EntryStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from registry.entry where status = ? order by updated_at limit ?")
                .params(status.name(), limit)
                .query(this::entry)
                .list();
    }

    /** A page of all entries by organisation number, after {@code after}. */
    List<Entry> page(String after, int size) {
        return jdbc.sql("select " + COLUMNS
                        + " from registry.entry where organisation_number > ? order by organisation_number limit ?")
                .params(after, size)
                .query(this::entry)
                .list();
    }

    /** The organisation numbers merged (directly or through others) into this one. */
    List<String> mergedInto(String organisationNumber) {
        return jdbc.sql("""
                        with recursive merged(number) as (
                            select organisation_number from registry.entry where merged_into = ?
                            union select e.organisation_number from registry.entry e join merged m on e.merged_into = m.number)
                        select number from merged""").param(organisationNumber).query(String.class).list();
    }

    List<EntryChange> history(String organisationNumber) {
        return jdbc.sql("select organisation_number, version, changed_at, changed_by, kind, fields"
                        + " from registry.entry_change where organisation_number = ? order by version desc")
                .param(organisationNumber)
                .query((rs, row) -> new EntryChange(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        strings(rs.getArray(6))))
                .list();
    }

    /** Inserts or updates the entry (refusing a concurrent change) and appends its new history. */
    void save(Entry entry, List<EntryChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        int before = entry.version() - changes.size();
        Map<String, Object> values = values(entry);
        if (before == 0) {
            jdbc.sql("insert into registry.entry (organisation_number, name, organisation_form, nonprofit,"
                            + " industry_code, municipality_number, bankrupt, under_liquidation, status, merged_into,"
                            + " profile, proposed_by_tenant, created_at, updated_at, version) values (:number, :name,"
                            + " :form, :nonprofit, :industry, :municipality, :bankrupt, :liquidation, :status, :merged,"
                            + " :profile::jsonb, :tenant, :created, :updated, :version)")
                    .params(values)
                    .update();
        } else {
            int updated = jdbc.sql("update registry.entry set name = :name, organisation_form = :form,"
                            + " nonprofit = :nonprofit, industry_code = :industry, municipality_number = :municipality,"
                            + " bankrupt = :bankrupt, under_liquidation = :liquidation, status = :status,"
                            + " merged_into = :merged, profile = :profile::jsonb, updated_at = :updated,"
                            + " version = :version where organisation_number = :number and version = :before")
                    .params(values)
                    .param("before", before)
                    .update();
            if (updated != 1) {
                throw new ConflictException(
                        "registry.concurrent-change", entry.number().value());
            }
        }
        String snapshot = json.writeValueAsString(EntryView.of(entry));
        for (EntryChange change : changes) {
            jdbc.sql("insert into registry.entry_change (organisation_number, version, changed_at, changed_by, kind,"
                            + " fields, snapshot) values (?, ?, ?, ?, ?, ?, ?::jsonb)")
                    .params(
                            change.organisationNumber(),
                            change.version(),
                            Timestamp.from(change.changedAt()),
                            change.changedBy(),
                            change.kind(),
                            change.fields().toArray(String[]::new),
                            snapshot)
                    .update();
        }
    }

    private Map<String, Object> values(Entry entry) {
        var values = new java.util.HashMap<String, Object>();
        values.put("number", entry.number().value());
        values.put("name", entry.data().name());
        values.put("form", entry.data().organisationForm().name());
        values.put("nonprofit", entry.data().nonprofit());
        values.put("industry", entry.data().industryCode());
        values.put("municipality", entry.data().municipalityNumber());
        values.put("bankrupt", entry.bankrupt());
        values.put("liquidation", entry.underLiquidation());
        values.put("status", entry.status().name());
        values.put("merged", entry.mergedInto());
        values.put("profile", json.writeValueAsString(entry.profile()));
        values.put("tenant", entry.proposedByTenant());
        values.put("created", Timestamp.from(entry.createdAt()));
        values.put("updated", Timestamp.from(entry.updatedAt()));
        values.put("version", entry.version());
        return values;
    }

    private Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                new OrganisationNumber(rs.getString("organisation_number")),
                new EntryData(
                        rs.getString("name"),
                        OrganisationForm.valueOf(rs.getString("organisation_form")),
                        rs.getBoolean("nonprofit"),
                        rs.getString("industry_code"),
                        rs.getString("municipality_number")),
                json.readValue(rs.getString("profile"), Profile.class),
                EntryStatus.valueOf(rs.getString("status")),
                rs.getString("merged_into"),
                rs.getBoolean("bankrupt"),
                rs.getBoolean("under_liquidation"),
                rs.getObject("proposed_by_tenant", UUID.class),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                rs.getInt("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
