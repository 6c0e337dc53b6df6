package no.samarbeid.core.persistence;

/**
 * A module's own PostgreSQL schema, migrated by Flyway from {@code classpath:db/migration/<name>}. Each module
 * declares one as a bean; no module reads another's schema.
 */
public record ModuleSchema(String name) {

    public ModuleSchema {
        if (!name.matches("[a-z][a-z_]{1,30}")) {
            throw new IllegalArgumentException("Invalid schema name: " + name);
        }
    }

    String location() {
        return "classpath:db/migration/" + name;
    }
}
