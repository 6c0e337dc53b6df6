package no.samarbeid.architecture;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The tables of the module schemas as PostgreSQL's catalog describes them, and plain JDBC helpers. */
final class TenantTables {

    /** A table (also partitioned or materialized) and how it is guarded. */
    record Table(
            String schema,
            String name,
            boolean rowSecurity,
            boolean forcedRowSecurity,
            boolean tenantPolicy,
            boolean tenantColumn) {

        String qualifiedName() {
            return schema + "." + name;
        }

        String quotedName() {
            return quoted(schema) + "." + quoted(name);
        }

        boolean isolatesTenants() {
            return rowSecurity && forcedRowSecurity && tenantPolicy;
        }

        @Override
        public String toString() {
            return qualifiedName() + " (row security " + rowSecurity + ", forced " + forcedRowSecurity
                    + ", policy on app.tenant " + tenantPolicy + ")";
        }

        private static String quoted(String identifier) {
            return '"' + identifier.replace("\"", "\"\"") + '"';
        }
    }

    private TenantTables() {}

    /** Every table of the schemas. */
    static List<Table> in(Connection connection, List<String> schemas) throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (var statement = connection.prepareStatement("""
                select n.nspname, c.relname, c.relrowsecurity, c.relforcerowsecurity,
                       exists (select 1 from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname
                               and concat(p.qual, ' ', p.with_check) ~ 'current_setting\\(''app\\.tenant''')
                       as tenant_policy,
                       exists (select 1 from pg_attribute a
                               where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                       as tenant_column
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = any(?) and c.relkind in ('r', 'p', 'm')
                order by 1, 2""")) {
            bind(connection, statement, List.of(schemas));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(new Table(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getBoolean(3),
                            rows.getBoolean(4),
                            rows.getBoolean(5),
                            rows.getBoolean(6)));
                }
            }
        }
        return tables;
    }

    /** The tables with row-level security and a {@code tenant_id} column. */
    static List<Table> withTenantColumn(Connection connection, List<String> schemas) throws SQLException {
        return in(connection, schemas).stream()
                .filter(table -> table.rowSecurity() && table.tenantColumn())
                .toList();
    }

    /** Sets {@code app.tenant} as the application does, for the transaction ({@code local}) or the session. */
    static void setTenant(Connection connection, String tenant, boolean local) throws SQLException {
        single(connection, "select set_config('app.tenant', ?, " + local + ")", List.of(tenant));
    }

    static Object single(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getObject(1);
            }
        }
    }

    static List<String> strings(Connection connection, String sql, List<Object> parameters) throws SQLException {
        List<String> strings = new ArrayList<>();
        try (var statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    strings.add(rows.getString(1));
                }
            }
        }
        return strings;
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            bind(connection, statement, List.of(parameters));
            return statement.executeUpdate();
        }
    }

    private static void bind(Connection connection, java.sql.PreparedStatement statement, List<?> parameters)
            throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            statement.setObject(
                    i + 1,
                    parameter instanceof List<?> list ? connection.createArrayOf("text", list.toArray()) : parameter);
        }
    }
}
