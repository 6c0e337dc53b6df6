package no.samarbeid.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import no.samarbeid.IntegrationTest;
import no.samarbeid.core.persistence.ModuleSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Tenant isolation in PostgreSQL, checked on whatever tables the modules' migrations have created: every table of
 * every module schema has forced row-level security with a policy on {@code app.tenant} (or is listed below with
 * the reason), the app's role can neither bypass nor own them, and the policies really hide other tenants' rows.
 */
@IntegrationTest
class RowLevelSecurityTests {

    /** Tables of module schemas that hold no municipal content, by qualified name, with the reason. */
    private static final String RESEARCH = "national research data without a tenant (reporting): only aggregates of"
            + " shared content, researchers' access and the audit log; the app role may only insert and read it";

    private static final Map<String, String> NOT_TENANT_TABLES = Map.ofEntries(
            Map.entry("reporting.researcher_access", RESEARCH),
            Map.entry("reporting.snapshot", RESEARCH),
            Map.entry("reporting.snapshot_cell", RESEARCH),
            Map.entry("reporting.research_audit", RESEARCH),
            Map.entry(
                    "reporting.dead_letter_replay",
                    "which parked events an operator replayed (topic, partition, offset): no municipal content"),
            Map.entry(
                    "core.event_publication",
                    "the outbox: holds the events of every tenant (each carries its tenant) and is read by the event"
                            + " externalizer and resubmission outside any request"),
            Map.entry(
                    "core.tenant",
                    "the platform's registry of tenants: no municipal content; read by platform operations and by tenant"
                            + " resolution before a tenant is known"),
            Map.entry(
                    "core.tenant_municipality_number",
                    "the tenants' municipality numbers over time: no municipal content; read by tenant resolution"),
            Map.entry(
                    "workshops.join_code",
                    "maps a guest's join code to its workshop and municipality before any tenant is known; holds no"
                            + " content (code, ids, expired flag)"));

    /** {@code ModuleMigrations} keeps Flyway's history in every module schema: migrations, not tenant data. */
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    @Autowired
    List<ModuleSchema> declaredSchemas;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String appRole;

    @Value("${spring.datasource.password}")
    String appPassword;

    @Test
    void everyTableOfEveryModuleSchemaHasForcedRowLevelSecurityOnTheTenant() throws SQLException {
        try (Connection app = connectAsApp()) {
            List<TenantTables.Table> tables = TenantTables.in(app, schemas(app));

            assertThat(tables).extracting(TenantTables.Table::qualifiedName).contains("core.tenant");
            assertThat(tables)
                    .filteredOn(table -> !isExempt(table) && !table.isolatesTenants())
                    .as(
                            "tables without forced row-level security and a policy on current_setting('app.tenant');"
                                    + " isolate them or list them with the reason in %s",
                            getClass().getSimpleName())
                    .isEmpty();
        }
    }

    @Test
    void theAppRoleCannotBypassRowLevelSecurityAndOwnsNothingInTheModuleSchemas() throws SQLException {
        try (Connection app = connectAsApp()) {
            List<String> schemas = schemas(app);

            assertThat(TenantTables.single(app, "select current_user", List.of()))
                    .isEqualTo(appRole);
            assertThat(TenantTables.single(
                            app,
                            "select rolsuper or rolbypassrls from pg_roles where rolname = current_user",
                            List.of()))
                    .as("the app role is a superuser or has BYPASSRLS")
                    .isEqualTo(false);
            assertThat(TenantTables.strings(app, """
                    select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = any(?) and pg_has_role(current_user, c.relowner, 'MEMBER')
                    union all
                    select n.nspname from pg_namespace n
                    where n.nspname = any(?) and pg_has_role(current_user, n.nspowner, 'MEMBER')""", List.of(schemas, schemas)))
                    .as("tables and schemas owned by the app role (or a role it is a member of): the owner escapes"
                            + " row-level security unless forced and may alter the policies")
                    .isEmpty();
        }
    }

    @Test
    void withoutATenantNoRowIsVisibleAndATenantSeesOnlyItsOwnRows() throws SQLException {
        try (Connection app = connectAsApp()) {
            List<TenantTables.Table> tables = TenantTables.withTenantColumn(app, schemas(app));
            for (TenantTables.Table table : tables) {
                assertThat(count(app, table, ""))
                        .as("rows of %s without app.tenant", table)
                        .isZero();
            }
            List<String> tenants = TenantTables.strings(app, "select id::text from core.tenant", List.of());
            tenants.add(UUID.randomUUID().toString());
            for (String tenant : tenants) {
                TenantTables.setTenant(app, tenant, false);
                for (TenantTables.Table table : tables) {
                    assertThat(count(app, table, " where tenant_id::text is distinct from '" + tenant + "'"))
                            .as("rows of other tenants in %s visible to tenant %s", table, tenant)
                            .isZero();
                }
            }
        }
    }

    @Test
    void aTenantsRowIsHiddenFromEveryOtherTenantAndCannotBeMovedToOne() throws SQLException {
        List<String> proven = new ArrayList<>();
        Map<String, String> unprovable = new TreeMap<>();
        try (Connection app = connectAsApp()) {
            List<TenantTables.Table> tables = TenantTables.withTenantColumn(app, schemas(app));
            app.setAutoCommit(false);
            for (TenantTables.Table table : tables) {
                UUID tenant = UUID.randomUUID();
                try {
                    TenantTables.setTenant(app, tenant.toString(), true);
                    new SyntheticRows(app).insert(table.quotedName(), tenant);
                } catch (SQLException e) {
                    unprovable.put(table.qualifiedName(), e.getMessage());
                    app.rollback();
                    continue;
                }
                try {
                    assertThat(count(app, table, "")).as("own row in %s", table).isEqualTo(1);
                    TenantTables.setTenant(app, "", true);
                    assertThat(count(app, table, ""))
                            .as("rows of %s without a tenant", table)
                            .isZero();
                    TenantTables.setTenant(app, UUID.randomUUID().toString(), true);
                    assertThat(count(app, table, ""))
                            .as("rows of %s for another tenant", table)
                            .isZero();
                    TenantTables.setTenant(app, tenant.toString(), true);
                    assertThatThrownBy(() -> TenantTables.update(
                                    app, "update " + table.quotedName() + " set tenant_id = ?", UUID.randomUUID()))
                            .as("moving a row of %s to another tenant", table)
                            .isInstanceOfSatisfying(
                                    SQLException.class,
                                    e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                    proven.add(table.qualifiedName());
                } finally {
                    app.rollback();
                }
            }
            assertThat(proven.isEmpty() && !tables.isEmpty())
                    .as("no tenant table could take a synthetic row to prove isolation: %s", unprovable)
                    .isFalse();
        }
    }

    private List<String> schemas(Connection app) throws SQLException {
        var names = new TreeSet<>(Architecture.MODULES);
        declaredSchemas.forEach(schema -> names.add(schema.name()));
        return TenantTables.strings(
                app, "select nspname from pg_namespace where nspname = any(?) order by 1", List.of(List.copyOf(names)));
    }

    private static boolean isExempt(TenantTables.Table table) {
        return table.name().equals(FLYWAY_HISTORY) || NOT_TENANT_TABLES.containsKey(table.qualifiedName());
    }

    private static long count(Connection app, TenantTables.Table table, String where) throws SQLException {
        return (Long) TenantTables.single(app, "select count(*) from " + table.quotedName() + where, List.of());
    }

    private Connection connectAsApp() throws SQLException {
        return DriverManager.getConnection(url, appRole, appPassword);
    }
}
