package no.samarbeid.workshops.followup;

import no.samarbeid.core.events.CloudEventListeners;
import no.samarbeid.core.events.CloudEventReader;
import no.samarbeid.core.events.EventTypes;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantId;
import no.samarbeid.core.tenancy.TenantSummary;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The workshops' consumer group on {@code samarbeid.impact}: keeps each next step's latest state in its tenant. */
@Component
class FollowUpListener {

    static final EventTypes TYPES = EventTypes.none().and(StepUpdated.TYPE, StepUpdated.class);

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpListener.class);

    private final CloudEventReader reader;
    private final TenantDirectory tenants;
    private final FollowUpSteps steps;
    private final TransactionTemplate transaction;

    FollowUpListener(
            CloudEventReader reader, TenantDirectory tenants, FollowUpSteps steps, TransactionTemplate transaction) {
        this.reader = reader;
        this.tenants = tenants;
        this.steps = steps;
        this.transaction = transaction;
    }

    @KafkaListener(
            id = "workshops-followup",
            groupId = "${samarbeid.workshops.followup.consumer-group:workshops-followup}",
            topics = "samarbeid.impact",
            containerFactory = CloudEventListeners.CONTAINER_FACTORY)
    void receive(ConsumerRecord<String, byte[]> record) {
        reader.read(record, TYPES).ifPresent(event -> apply((StepUpdated) event.data()));
    }

    /** Keeps one step in its tenant (also used by tests to deliver out of order). */
    void apply(StepUpdated step) {
        tenants.find(new TenantId(step.tenantId()))
                .map(TenantSummary::scope)
                .ifPresentOrElse(
                        scope -> TenantContext.runAs(
                                scope, () -> transaction.executeWithoutResult(status -> steps.keep(step))),
                        () -> LOG.warn(
                                "Next step {} of unknown tenant {} skipped", step.nextStepId(), step.tenantId()));
    }
}
