package no.samarbeid.core.persistence;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Migrates every module's schema at start-up, each with its own Flyway history, as the owner role. The application
 * itself connects as a role that owns nothing (placeholder {@code appRole}), so forced row-level security binds it.
 */
class ModuleMigrations implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleMigrations.class);

    private final List<ModuleSchema> schemas;
    private final DataSourceProperties dataSource;
    private final DatabaseOwner owner;

    ModuleMigrations(List<ModuleSchema> schemas, DataSourceProperties dataSource, DatabaseOwner owner) {
        this.schemas = schemas;
        this.dataSource = dataSource;
        this.owner = owner;
    }

    @Override
    public void afterPropertiesSet() {
        for (ModuleSchema schema : schemas) {
            var result = Flyway.configure()
                    .dataSource(dataSource.determineUrl(), owner.username(), owner.password())
                    .schemas(schema.name())
                    .createSchemas(true)
                    .locations(schema.location())
                    .placeholders(Map.of("appRole", dataSource.determineUsername()))
                    .load()
                    .migrate();
            LOG.info("Schema {}: {} migration(s) applied", schema.name(), result.migrationsExecuted);
        }
    }
}
