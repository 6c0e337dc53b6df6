package no.samarbeid.registry;

import no.samarbeid.core.persistence.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's own PostgreSQL schema, {@code registry}. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean
    ModuleSchema registrySchema() {
        return new ModuleSchema("registry");
    }
}
