package no.samarbeid.core.events;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Externalizes {@code @Externalized} events, routed to their module's topic and keyed by tenant, as CloudEvents. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventConfiguration {

    @Bean
    EventExternalizationConfiguration eventExternalization() {
        return EventExternalizationConfiguration.externalizing()
                .selectByPackagesAndFilter(
                        List.of("no.samarbeid"), EventExternalizationConfiguration.annotatedAsExternalized())
                .headers(DomainEvent.class, CloudEvents::headers)
                .build();
    }
}
