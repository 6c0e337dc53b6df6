package no.samarbeid.architecture;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Inserts a plausible row of a tenant into any table, in the caller's transaction: a value for every column that
 * needs one, by type, and rows for the foreign keys it requires, recursively. Tables with constraints it cannot
 * satisfy make it fail with an {@link SQLException}; callers roll back either way.
 */
final class SyntheticRows {

    private static final int MAX_DEPTH = 4;

    private final Connection connection;

    SyntheticRows(Connection connection) {
        this.connection = connection;
    }

    /** Inserts a row of the tenant into the (quoted, qualified) table and returns it. */
    Map<String, Object> insert(String table, UUID tenant) throws SQLException {
        return insert(table, tenant, 0);
    }

    private Map<String, Object> insert(String table, UUID tenant, int depth) throws SQLException {
        if (depth > MAX_DEPTH) {
            throw new SQLException("Foreign keys nest too deep at " + table);
        }
        Map<String, Column> columns = columns(table);
        Map<String, String> values = new LinkedHashMap<>();
        List<Object> parameters = new ArrayList<>();
        for (ForeignKey key : foreignKeys(table)) {
            if (key.columns().stream().anyMatch(c -> columns.get(c).required())) {
                Map<String, Object> parent = insert(key.parent(), tenant, depth + 1);
                for (int i = 0; i < key.columns().size(); i++) {
                    Column column = columns.get(key.columns().get(i));
                    values.put(column.name(), "cast(? as " + column.type() + ")");
                    parameters.add(parent.get(key.parentColumns().get(i)));
                }
            }
        }
        for (Column column : columns.values()) {
            if (column.name().equals("tenant_id") && !values.containsKey("tenant_id")) {
                values.put("tenant_id", "cast(? as " + column.type() + ")");
                parameters.add(tenant);
            } else if (column.required() && !values.containsKey(column.name())) {
                values.put(column.name(), column.synthetic());
            }
        }
        String sql = values.isEmpty()
                ? "insert into " + table + " default values returning *"
                : "insert into " + table + " (" + String.join(", ", quoted(values.keySet())) + ") values ("
                        + String.join(", ", values.values()) + ") returning *";
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Map<String, Object> inserted = new HashMap<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    inserted.put(row.getMetaData().getColumnName(i), row.getObject(i));
                }
                return inserted;
            }
        }
    }

    private Map<String, Column> columns(String table) throws SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        try (var statement = connection.prepareStatement("""
                select a.attname, format_type(a.atttypid, a.atttypmod), t.typtype = 'e',
                       a.attnotnull and not a.atthasdef and a.attidentity = '' and a.attgenerated = ''
                from pg_attribute a join pg_type t on t.oid = a.atttypid
                where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped
                order by a.attnum""")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    var column =
                            new Column(rows.getString(1), rows.getString(2), rows.getBoolean(3), rows.getBoolean(4));
                    columns.put(column.name(), column);
                }
            }
        }
        return columns;
    }

    private List<ForeignKey> foreignKeys(String table) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (var statement = connection.prepareStatement("""
                select c.confrelid::regclass::text,
                       array(select a.attname from unnest(c.conkey) with ordinality k(n, i)
                             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i),
                       array(select a.attname from unnest(c.confkey) with ordinality k(n, i)
                             join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i)
                from pg_constraint c where c.conrelid = ?::regclass and c.contype = 'f'""")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(new ForeignKey(rows.getString(1), names(rows.getArray(2)), names(rows.getArray(3))));
                }
            }
        }
        return keys;
    }

    private static List<String> names(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static List<String> quoted(Iterable<String> names) {
        List<String> quoted = new ArrayList<>();
        names.forEach(name -> quoted.add('"' + name.replace("\"", "\"\"") + '"'));
        return quoted;
    }

    private record ForeignKey(String parent, List<String> columns, List<String> parentColumns) {}

    private record Column(String name, String type, boolean enumerated, boolean required) {

        /** A value of the column's type that satisfies the usual constraints (non-blank, positive, digits). */
        String synthetic() throws SQLException {
            String value;
            if (enumerated) {
                value = "(enum_range(null::" + type + "))[1]";
            } else if (type.equals("uuid")) {
                value = "gen_random_uuid()";
            } else if (type.startsWith("character") || type.equals("text") || type.equals("citext")) {
                value = "repeat('1', 8)";
            } else if (type.matches("smallint|integer|bigint|real|double precision|numeric.*")) {
                value = "1";
            } else if (type.equals("boolean")) {
                value = "false";
            } else if (type.startsWith("date") || type.startsWith("timestamp") || type.startsWith("time ")) {
                value = "now()";
            } else if (type.startsWith("json") || type.endsWith("[]")) {
                value = "'{}'";
            } else if (type.startsWith("interval")) {
                value = "'1 minute'";
            } else {
                throw new SQLException("No synthetic value for column " + name + " of type " + type);
            }
            return "cast(" + value + " as " + type + ")";
        }
    }
}
