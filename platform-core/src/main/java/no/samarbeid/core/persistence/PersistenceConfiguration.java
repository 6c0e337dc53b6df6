package no.samarbeid.core.persistence;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Per-module schemas and the tenant-aware transaction manager. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseOwner.class)
class PersistenceConfiguration {

    @Bean
    ModuleSchema coreSchema() {
        return new ModuleSchema("core");
    }

    @Bean
    static ModuleMigrations moduleMigrations(
            List<ModuleSchema> schemas, DataSourceProperties dataSource, DatabaseOwner owner) {
        return new ModuleMigrations(schemas, dataSource, owner);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, ModuleMigrations migrated) {
        return new TenantTransactionManager(dataSource);
    }
}
