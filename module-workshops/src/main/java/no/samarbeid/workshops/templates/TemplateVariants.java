package no.samarbeid.workshops.templates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samarbeid.core.tenancy.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The current municipality's template variants and their immutable versions (row-level security hides all others),
 * in {@code workshops.template_variant} and {@code workshops.template_variant_version}. Callers run in a transaction.
 */
@Component
class TemplateVariants {

    private static final String COLUMNS =
            "v.variant_id, v.version, v.name, v.base_key, v.base_version, v.changes::text as changes, v.created_at";

    private final JdbcClient jdbc;

    TemplateVariants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new variant with its first version. */
    void add(TenantScope tenant, StoredVariant first) {
        jdbc.sql("""
                        insert into workshops.template_variant (id, tenant_id, latest_version, created_at, updated_at)
                        values (:id, :tenant, :version, :at, :at)""")
                .param("id", first.id())
                .param("tenant", tenant.id().value())
                .param("version", first.version())
                .param("at", timestamp(first.savedAt()))
                .update();
        addVersion(tenant, first);
    }

    /** Claims the variant's next version number (locking it until the transaction ends); empty if not visible. */
    Optional<Integer> nextVersion(UUID id, Instant at) {
        return jdbc.sql("""
                        update workshops.template_variant set latest_version = latest_version + 1, updated_at = :at
                        where id = :id returning latest_version""")
                .param("id", id)
                .param("at", timestamp(at))
                .query(Integer.class)
                .optional();
    }

    void addVersion(TenantScope tenant, StoredVariant version) {
        jdbc.sql("""
                        insert into workshops.template_variant_version
                            (variant_id, version, tenant_id, name, base_key, base_version, changes, created_at)
                        values (:id, :version, :tenant, :name, :baseKey, :baseVersion, cast(:changes as jsonb), :at)""")
                .param("id", version.id())
                .param("version", version.version())
                .param("tenant", tenant.id().value())
                .param("name", version.name())
                .param("baseKey", version.base().key())
                .param("baseVersion", version.base().version())
                .param("changes", TemplateJson.write(version.changes()))
                .param("at", timestamp(version.savedAt()))
                .update();
    }

    Optional<StoredVariant> find(UUID id, int version) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from workshops.template_variant_version v where v.variant_id = :id and v.version = :version")
                .param("id", id)
                .param("version", version)
                .query(TemplateVariants::row)
                .optional();
    }

    Optional<StoredVariant> findLatest(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from workshops.template_variant t"
                        + " join workshops.template_variant_version v"
                        + " on v.variant_id = t.id and v.version = t.latest_version where t.id = :id")
                .param("id", id)
                .query(TemplateVariants::row)
                .optional();
    }

    /** Every version of the variant, newest first; empty if not visible. */
    List<StoredVariant> versions(UUID id) {
        return jdbc.sql("select " + COLUMNS
                        + " from workshops.template_variant_version v where v.variant_id = :id order by v.version desc")
                .param("id", id)
                .query(TemplateVariants::row)
                .list();
    }

    /** The latest version of every variant, most recently saved first. */
    List<StoredVariant> allLatest() {
        return jdbc.sql("select " + COLUMNS + " from workshops.template_variant t"
                        + " join workshops.template_variant_version v"
                        + " on v.variant_id = t.id and v.version = t.latest_version order by t.updated_at desc, t.id")
                .query(TemplateVariants::row)
                .list();
    }

    private static StoredVariant row(ResultSet row, int number) throws SQLException {
        return new StoredVariant(
                row.getObject("variant_id", UUID.class),
                row.getInt("version"),
                row.getString("name"),
                new TemplateReference.Edition(row.getString("base_key"), row.getString("base_version")),
                TemplateJson.read(row.getString("changes"), VariantChanges.class),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
