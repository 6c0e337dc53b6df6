package no.samarbeid.registry.mentions;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mentions of the current tenant (row-level security) and the national tally of confirmed links. Each write
 * applies only an event newer than what is kept for the partner, so duplicates and stale events change nothing.
 */
@Repository
class Mentions {

    private final JdbcClient jdbc;

    Mentions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the mention unless a newer event (or tombstone) is kept; true when applied. */
    boolean mention(MentionedPartner event) {
        return jdbc.sql("""
                        insert into registry.mention (partner_id, tenant_id, workshop_id, table_id, name, delivers, zone,
                            organisation_number, retracted, occurred_at)
                        values (:partner, :tenant, :workshop, :table, :name, :delivers, :zone, :number, false, :at)
                        on conflict (partner_id) do update set name = excluded.name, delivers = excluded.delivers,
                            zone = excluded.zone, organisation_number = excluded.organisation_number,
                            retracted = false, occurred_at = excluded.occurred_at
                        where registry.mention.occurred_at < excluded.occurred_at""")
                        .param("partner", event.partnerId())
                        .param("tenant", event.tenantId())
                        .param("workshop", event.workshopId())
                        .param("table", event.tableId())
                        .param("name", event.name())
                        .param("delivers", event.delivers() == null ? "" : event.delivers())
                        .param("zone", event.zone())
                        .param("number", event.organisationNumber())
                        .param("at", Timestamp.from(event.occurredAt()))
                        .update()
                > 0;
    }

    /** Keeps a tombstone unless a newer event is kept; true when applied. */
    boolean retract(RetractedPartner event) {
        return jdbc.sql("""
                        insert into registry.mention (partner_id, tenant_id, workshop_id, table_id, name, delivers, zone,
                            retracted, occurred_at)
                        values (:partner, :tenant, :workshop, :table, '', '', '', true, :at)
                        on conflict (partner_id) do update set retracted = true, occurred_at = excluded.occurred_at
                        where registry.mention.occurred_at < excluded.occurred_at""")
                        .param("partner", event.partnerId())
                        .param("tenant", event.tenantId())
                        .param("workshop", event.workshopId())
                        .param("table", event.tableId())
                        .param("at", Timestamp.from(event.occurredAt()))
                        .update()
                > 0;
    }

    /** The tenant's current mentions (not retracted), newest first. */
    List<Mention> current() {
        return jdbc.sql("select partner_id, tenant_id, workshop_id, name, delivers, zone, organisation_number,"
                        + " occurred_at, linked_to, rejected from registry.mention where not retracted"
                        + " order by occurred_at desc limit 100")
                .query((rs, row) -> mention(rs))
                .list();
    }

    Optional<Mention> find(UUID partnerId) {
        return jdbc.sql(
                        "select partner_id, tenant_id, workshop_id, name, delivers, zone, organisation_number,"
                                + " occurred_at, linked_to, rejected from registry.mention where partner_id = ? and not retracted")
                .param(partnerId)
                .query((rs, row) -> mention(rs))
                .optional();
    }

    void link(UUID partnerId, String organisationNumber) {
        jdbc.sql("update registry.mention set linked_to = ?, linked_at = now(), rejected = array_remove(rejected, ?)"
                        + " where partner_id = ?")
                .params(organisationNumber, organisationNumber, partnerId)
                .update();
    }

    void reject(UUID partnerId, String organisationNumber) {
        jdbc.sql("update registry.mention set rejected = array_append(array_remove(rejected, ?), ?),"
                        + " linked_to = case when linked_to = ? then null else linked_to end where partner_id = ?")
                .params(organisationNumber, organisationNumber, organisationNumber, partnerId)
                .update();
    }

    /** The link of a partner, if its mention is current and linked (read under the tenant). */
    Optional<String> linkOf(UUID partnerId) {
        return jdbc.sql("select linked_to from registry.mention where partner_id = ? and not retracted"
                        + " and linked_to is not null")
                .param(partnerId)
                .query(String.class)
                .optional();
    }

    /** Counts the link nationally (ids only). */
    void tally(UUID partnerId, UUID tenantId, UUID workshopId, String municipalityNumber, String organisationNumber) {
        jdbc.sql("""
                        insert into registry.mention_tally (partner_id, tenant_id, workshop_id, municipality_number,
                            organisation_number) values (?, ?, ?, ?, ?)
                        on conflict (partner_id) do update set organisation_number = excluded.organisation_number""")
                .params(partnerId, tenantId, workshopId, municipalityNumber, organisationNumber)
                .update();
    }

    void untally(UUID partnerId) {
        jdbc.sql("delete from registry.mention_tally where partner_id = ?")
                .param(partnerId)
                .update();
    }

    private static Mention mention(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.Array rejected = rs.getArray("rejected");
        return new Mention(
                rs.getObject("partner_id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("workshop_id", UUID.class),
                rs.getString("name"),
                rs.getString("delivers"),
                rs.getString("zone"),
                rs.getString("organisation_number"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("linked_to"),
                rejected == null ? List.of() : Arrays.asList((String[]) rejected.getArray()));
    }
}
