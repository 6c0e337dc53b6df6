package no.samarbeid.reporting.research;

import no.samarbeid.core.persistence.ModuleSchema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reporting's PostgreSQL schema and the disclosure thresholds in force (never below the floor of 5 and 3). */
@Configuration(proxyBeanMethods = false)
class ResearchConfiguration {

    @Bean
    ModuleSchema reportingSchema() {
        return new ModuleSchema("reporting");
    }

    @Bean
    Thresholds disclosureThresholds(
            @Value("${samarbeid.research.min-contributors:5}") int contributors,
            @Value("${samarbeid.research.min-municipalities:3}") int municipalities) {
        return new Thresholds(contributors, municipalities);
    }
}
