package no.samarbeid.impact.collaborations;

import no.samarbeid.core.persistence.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The impact module's own PostgreSQL schema. */
@Configuration(proxyBeanMethods = false)
class ImpactConfiguration {

    @Bean
    ModuleSchema impactSchema() {
        return new ModuleSchema("impact");
    }
}
