package no.samarbeid.impact.workshopfeed;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.samarbeid.core.events.DomainEvent;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantId;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.tenancy.TenantSummary;
import no.samarbeid.impact.collaborations.EffectFacts;
import no.samarbeid.impact.collaborations.MeasureFacts;
import no.samarbeid.impact.collaborations.SheetIntake;
import no.samarbeid.impact.collaborations.SketchFacts;
import no.samarbeid.impact.nextsteps.NextStepFacts;
import no.samarbeid.impact.nextsteps.NextStepIntake;
import no.samarbeid.impact.workshopfeed.WorkshopRecords.EffectNamed;
import no.samarbeid.impact.workshopfeed.WorkshopRecords.MeasureNamed;
import no.samarbeid.impact.workshopfeed.WorkshopRecords.SharingChanged;
import no.samarbeid.impact.workshopfeed.WorkshopRecords.Sketched;
import no.samarbeid.impact.workshopfeed.WorkshopRecords.StepAgreed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Hands each workshop event to the collaborations or next steps, in the event's tenant. */
@Component
class WorkshopFeed {

    private static final Logger LOG = LoggerFactory.getLogger(WorkshopFeed.class);

    private final TenantDirectory tenants;
    private final SheetIntake sheets;
    private final NextStepIntake steps;

    WorkshopFeed(TenantDirectory tenants, SheetIntake sheets, NextStepIntake steps) {
        this.tenants = tenants;
        this.sheets = sheets;
        this.steps = steps;
    }

    void apply(DomainEvent event) {
        Optional<TenantScope> tenant =
                tenants.find(new TenantId(event.tenantId())).map(TenantSummary::scope);
        if (tenant.isEmpty()) {
            LOG.warn("Skipping event {} of unknown tenant {}", event.eventId(), event.tenantId());
            return;
        }
        TenantContext.runAs(tenant.get(), () -> take(event));
    }

    private void take(DomainEvent event) {
        if (event instanceof Sketched s) {
            sheets.sketched(new SketchFacts(
                    s.sketchId(),
                    s.workshopId(),
                    s.tableId(),
                    s.partnerName(),
                    s.sector(),
                    s.projectType(),
                    s.procurement(),
                    Objects.requireNonNullElse(s.involved(), ""),
                    s.deliveryForm(),
                    Objects.requireNonNullElse(s.howItWorks(), ""),
                    s.shared(),
                    s.occurredAt()));
        } else if (event instanceof EffectNamed e) {
            sheets.effectNamed(new EffectFacts(
                    e.effectId(),
                    e.workshopId(),
                    e.tableId(),
                    e.sketchId(),
                    e.stakeholder(),
                    e.text(),
                    Objects.requireNonNullElse(e.benefitTypes(), List.of()),
                    e.occurredAt()));
        } else if (event instanceof MeasureNamed m) {
            sheets.measureProposed(new MeasureFacts(
                    m.measureId(),
                    m.workshopId(),
                    m.tableId(),
                    m.sketchId(),
                    m.what(),
                    Objects.requireNonNullElse(m.how(), ""),
                    Objects.requireNonNullElse(m.effectIds(), List.of()),
                    m.occurredAt()));
        } else if (event instanceof StepAgreed n) {
            steps.agreed(new NextStepFacts(
                    n.nextStepId(),
                    n.workshopId(),
                    n.tableId(),
                    n.text(),
                    n.owner(),
                    n.dueDate(),
                    n.shared(),
                    n.occurredAt()));
        } else if (event instanceof SharingChanged c
                && sheets.workshopShared(c.workshopId(), c.shared(), c.occurredAt())) {
            steps.workshopShared(c.workshopId(), c.shared());
        }
    }
}
