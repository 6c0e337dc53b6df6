package no.samarbeid.reporting.internal;

import java.io.IOException;
import no.samarbeid.core.events.CloudEventListeners;
import no.samarbeid.core.events.CloudEventReader;
import no.samarbeid.core.events.DomainEvent;
import no.samarbeid.core.events.EventTypes;
import no.samarbeid.core.tenancy.events.TenantOnboarded;
import no.samarbeid.core.tenancy.events.TenantSharingChanged;
import no.samarbeid.workshops.events.WorkshopScheduled;
import no.samarbeid.workshops.events.WorkshopSharingChanged;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reporting's one Kafka listener: the workshops' and core's events, in one container on one thread, so a change of a
 * tenant's sharing and a workshop of that tenant are never applied at the same time by this instance.
 */
@Component
class ReportingEvents {

    static final String WORKSHOPS_TOPIC = "samarbeid.workshops";
    static final String CORE_TOPIC = "samarbeid.core";

    private static final EventTypes TYPES = EventTypes.of(
            WorkshopScheduled.class, WorkshopSharingChanged.class, TenantOnboarded.class, TenantSharingChanged.class);

    private final CloudEventReader reader;
    private final WorkshopProjection workshops;
    private final TenantSharing tenants;

    ReportingEvents(CloudEventReader reader, WorkshopProjection workshops, TenantSharing tenants) {
        this.reader = reader;
        this.workshops = workshops;
        this.tenants = tenants;
    }

    @KafkaListener(
            id = "reporting",
            groupId = "${samarbeid.reporting.consumer-group:reporting}",
            topics = {WORKSHOPS_TOPIC, CORE_TOPIC},
            containerFactory = CloudEventListeners.CONTAINER_FACTORY)
    void receive(ConsumerRecord<String, byte[]> record) throws IOException {
        var event = reader.read(record, TYPES);
        if (event.isPresent()) {
            apply(event.get().data());
        }
    }

    private void apply(DomainEvent event) throws IOException {
        if (event instanceof WorkshopScheduled scheduled) {
            workshops.scheduled(scheduled);
        } else if (event instanceof WorkshopSharingChanged changed) {
            workshops.sharingChanged(changed);
        } else if (event instanceof TenantOnboarded onboarded) {
            tenants.apply(
                    onboarded.eventId(),
                    onboarded.tenantId(),
                    onboarded.municipalityNumber(),
                    onboarded.sharesNationally(),
                    onboarded.occurredAt());
        } else if (event instanceof TenantSharingChanged changed) {
            tenants.apply(
                    changed.eventId(),
                    changed.tenantId(),
                    changed.municipalityNumber(),
                    changed.sharesNationally(),
                    changed.occurredAt());
        }
    }
}
