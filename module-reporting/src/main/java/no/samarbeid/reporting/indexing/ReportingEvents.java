package no.samarbeid.reporting.indexing;

import java.io.IOException;
import no.samarbeid.core.events.CloudEventListeners;
import no.samarbeid.core.events.CloudEventReader;
import no.samarbeid.core.events.DomainEvent;
import no.samarbeid.core.events.TransientEventFailureException;
import no.samarbeid.reporting.consumed.CollaborationFact;
import no.samarbeid.reporting.consumed.ConsumedEvents;
import no.samarbeid.reporting.consumed.TableFact;
import no.samarbeid.reporting.consumed.TenantOnboarded;
import no.samarbeid.reporting.consumed.TenantSharingChanged;
import no.samarbeid.reporting.consumed.WorkshopFact;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reporting's one Kafka listener: the workshops', impact's and core's events, in one container on one thread, so a change of a
 * tenant's sharing and that tenant's content are never applied at the same time by this instance. Elasticsearch
 * failures that pass (429, 5xx, conflicts, lost connections) are retried until they pass; anything else is retried
 * a few times, then parked as a dead letter.
 */
@Component
class ReportingEvents {

    static final String WORKSHOPS_TOPIC = "samarbeid.workshops";
    static final String CORE_TOPIC = "samarbeid.core";
    static final String IMPACT_TOPIC = "samarbeid.impact";

    private final CloudEventReader reader;
    private final WorkshopProjection workshops;
    private final ContentProjection content;
    private final TenantSharing tenants;
    private final CollaborationProjection collaborations;

    ReportingEvents(
            CloudEventReader reader,
            WorkshopProjection workshops,
            ContentProjection content,
            TenantSharing tenants,
            CollaborationProjection collaborations) {
        this.reader = reader;
        this.workshops = workshops;
        this.content = content;
        this.tenants = tenants;
        this.collaborations = collaborations;
    }

    @KafkaListener(
            id = "reporting",
            groupId = "${samarbeid.reporting.consumer-group:reporting}",
            topics = {WORKSHOPS_TOPIC, CORE_TOPIC, IMPACT_TOPIC},
            containerFactory = CloudEventListeners.CONTAINER_FACTORY)
    void receive(ConsumerRecord<String, byte[]> record) throws IOException {
        var event = reader.read(record, ConsumedEvents.TYPES);
        if (event.isPresent()) {
            try {
                apply(event.get().data());
            } catch (IOException | RuntimeException e) {
                if (ElasticsearchFailures.transientFailure(e)) {
                    throw new TransientEventFailureException("Elasticsearch failed for a while: " + e, e);
                }
                throw e;
            }
        }
    }

    void apply(DomainEvent event) throws IOException {
        if (event instanceof TenantOnboarded onboarded) {
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
        } else if (event instanceof CollaborationFact collaboration) {
            collaborations.apply(collaboration);
        } else if (event instanceof WorkshopFact fact) {
            WorkshopDocument workshop = workshops.observe(fact);
            if (fact instanceof TableFact table) {
                content.apply(table, workshop);
            }
        }
    }
}
