package no.samarbeid.registry.mentions;

import no.samarbeid.core.events.CloudEventListeners;
import no.samarbeid.core.events.CloudEventReader;
import no.samarbeid.core.events.DomainEvent;
import no.samarbeid.core.events.EventTypes;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's listener on the workshops' and core's topics, reading their events as its own records: sheet-5
 * partners become the municipality's mentions (latest per partner, retractions as tombstones), and the sharing of
 * municipalities and workshops decides what counts nationally. Idempotent: stale and repeated events change nothing.
 */
@Component
class MentionEvents {

    static final EventTypes TYPES = EventTypes.none()
            .and(MentionedPartner.TYPE, MentionedPartner.class)
            .and(RetractedPartner.TYPE, RetractedPartner.class)
            .and(WorkshopShared.TYPE, WorkshopShared.class)
            .and(TenantShared.ONBOARDED, TenantShared.class)
            .and(TenantShared.CHANGED, TenantShared.class);

    private static final Logger LOG = LoggerFactory.getLogger(MentionEvents.class);

    private final CloudEventReader reader;
    private final TenantDirectory tenants;
    private final Mentions mentions;
    private final Sharing sharing;
    private final TransactionTemplate transaction;

    MentionEvents(
            CloudEventReader reader,
            TenantDirectory tenants,
            Mentions mentions,
            Sharing sharing,
            TransactionTemplate transaction) {
        this.reader = reader;
        this.tenants = tenants;
        this.mentions = mentions;
        this.sharing = sharing;
        this.transaction = transaction;
    }

    @KafkaListener(
            id = "registry",
            groupId = "${samarbeid.registry.consumer-group:registry}",
            topics = {"samarbeid.workshops", "samarbeid.core"},
            containerFactory = CloudEventListeners.CONTAINER_FACTORY)
    void receive(ConsumerRecord<String, byte[]> record) {
        reader.read(record, TYPES).ifPresent(event -> apply(event.data()));
    }

    /** Applies one event (also used by tests to deliver out of order). */
    void apply(DomainEvent event) {
        if (event instanceof TenantShared tenant) {
            transaction.executeWithoutResult(
                    status -> sharing.tenant(tenant.tenantId(), tenant.sharesNationally(), tenant.occurredAt()));
            return;
        }
        var scope = tenants.find(new TenantId(event.tenantId()));
        if (scope.isEmpty()) {
            LOG.warn("Event {} of unknown tenant {} skipped", event.eventId(), event.tenantId());
            return;
        }
        TenantContext.runAs(
                scope.get().scope(),
                () -> transaction.executeWithoutResult(status -> {
                    if (event instanceof MentionedPartner mentioned) {
                        sharing.workshop(mentioned.workshopId(), mentioned.shared(), mentioned.occurredAt());
                        if (mentions.mention(mentioned)) {
                            mentions.linkOf(mentioned.partnerId())
                                    .ifPresent(number -> mentions.tally(
                                            mentioned.partnerId(),
                                            mentioned.tenantId(),
                                            mentioned.workshopId(),
                                            scope.get().municipalityNumber().value(),
                                            number));
                        }
                    } else if (event instanceof RetractedPartner retracted) {
                        sharing.workshop(retracted.workshopId(), retracted.shared(), retracted.occurredAt());
                        if (mentions.retract(retracted)) {
                            mentions.untally(retracted.partnerId());
                        }
                    } else if (event instanceof WorkshopShared shared) {
                        sharing.workshop(shared.workshopId(), shared.shared(), shared.occurredAt());
                    }
                }));
    }
}
