package no.samarbeid.workshops.workshop;

import no.samarbeid.core.persistence.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkshopsConfiguration {

    @Bean
    ModuleSchema workshopsSchema() {
        return new ModuleSchema("workshops");
    }
}
