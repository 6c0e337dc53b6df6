package no.samarbeid.impact.workshopfeed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;
import no.samarbeid.core.events.EventTypes;
import org.jspecify.annotations.Nullable;

/**
 * The workshops' events impact reads, as its own records of only the fields it uses; unknown fields are ignored, and
 * {@code sketchId} of effects and measures may be absent (null).
 */
final class WorkshopRecords {

    static final EventTypes TYPES = EventTypes.none()
            .and("no.samarbeid.workshops.CollaborationSketched.v1", Sketched.class)
            .and("no.samarbeid.workshops.EffectIdentified.v1", EffectNamed.class)
            .and("no.samarbeid.workshops.MeasureProposed.v1", MeasureNamed.class)
            .and("no.samarbeid.workshops.NextStepAgreed.v1", StepAgreed.class)
            .and("no.samarbeid.workshops.WorkshopSharingChanged.v1", SharingChanged.class);

    private WorkshopRecords() {}

    record Sketched(
            UUID eventId,
            UUID tenantId,
            UUID workshopId,
            boolean shared,
            UUID tableId,
            UUID sketchId,
            String partnerName,
            String sector,
            String projectType,
            boolean procurement,
            @Nullable String involved,
            String deliveryForm,
            @Nullable String howItWorks,
            Instant occurredAt)
            implements DomainEvent {}

    record EffectNamed(
            UUID eventId,
            UUID tenantId,
            UUID workshopId,
            boolean shared,
            UUID tableId,
            UUID effectId,
            @Nullable UUID sketchId,
            String stakeholder,
            String text,
            @Nullable List<String> benefitTypes,
            Instant occurredAt)
            implements DomainEvent {}

    record MeasureNamed(
            UUID eventId,
            UUID tenantId,
            UUID workshopId,
            boolean shared,
            UUID tableId,
            UUID measureId,
            @Nullable UUID sketchId,
            String what,
            @Nullable String how,
            @Nullable List<UUID> effectIds,
            Instant occurredAt)
            implements DomainEvent {}

    record StepAgreed(
            UUID eventId,
            UUID tenantId,
            UUID workshopId,
            boolean shared,
            UUID tableId,
            UUID nextStepId,
            String text,
            String owner,
            LocalDate dueDate,
            Instant occurredAt)
            implements DomainEvent {}

    record SharingChanged(UUID eventId, UUID tenantId, UUID workshopId, boolean shared, Instant occurredAt)
            implements DomainEvent {}
}
