package no.samarbeid.core.events;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Externalizes {@code @Externalized} events (routed to their module's topic, keyed by tenant) with CloudEvents
 * headers, and resubmits publications that failed, e.g. while the broker was down.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventConfiguration {

    private final IncompleteEventPublications incomplete;

    EventConfiguration(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Bean
    EventExternalizationConfiguration eventExternalization() {
        return EventExternalizationConfiguration.externalizing()
                .selectByPackage("no.samarbeid")
                .and(EventExternalizationConfiguration.annotatedAsExternalized())
                .headers(DomainEvent.class, CloudEvents::headers)
                .build();
    }

    @Scheduled(
            initialDelayString = "${samarbeid.events.resubmit-interval:PT10S}",
            fixedDelayString = "${samarbeid.events.resubmit-interval:PT10S}")
    void resubmitFailedPublications() {
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofSeconds(30));
    }
}
