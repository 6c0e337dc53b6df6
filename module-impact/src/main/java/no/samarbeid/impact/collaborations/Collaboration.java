package no.samarbeid.impact.collaborations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.samarbeid.core.reference.Theme;
import no.samarbeid.impact.events.CollaborationRevised;
import no.samarbeid.impact.events.CollaborationStageChanged;
import no.samarbeid.impact.events.CollaborationStarted;
import no.samarbeid.impact.problems.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A collaboration of a municipality with a social entrepreneur, from a sketch on sheet 6 (keeping its origin:
 * workshop, table, sketch) or by hand, through its stages with a dated history, with its effects per stakeholder and
 * an optional SROI estimate. Its indicators are aggregates of their own ({@link Indicator}).
 */
@Table(schema = "impact", name = "collaboration")
class Collaboration extends AbstractAggregateRoot<Collaboration> {

    static final String FROM_WORKSHOP = "workshop";

    @Id
    private final UUID id;

    private final UUID tenantId;
    private String title;
    private @Nullable String theme;
    private @Nullable String entrepreneurOrgnr;
    private String entrepreneurName;
    private String sector;
    private @Nullable String projectType;
    private @Nullable Boolean procurement;
    private String involved;
    private @Nullable String deliveryForm;
    private String responsible;
    private String description;
    private Stage stage;
    private boolean shared;
    private final @Nullable UUID originWorkshopId;
    private final @Nullable UUID originTableId;
    private final @Nullable UUID originSketchId;
    private @Nullable Instant originOccurredAt;
    private final Instant createdAt;

    @Version
    private int version;

    @MappedCollection(idColumn = "collaboration_id", keyColumn = "position")
    private final List<StageChange> history;

    @MappedCollection(idColumn = "collaboration_id", keyColumn = "position")
    private final List<CollaborationEffect> effects;

    @MappedCollection(idColumn = "collaboration_id")
    private @Nullable SroiEstimate sroi;

    @PersistenceCreator
    Collaboration(
            UUID id,
            UUID tenantId,
            String title,
            @Nullable String theme,
            @Nullable String entrepreneurOrgnr,
            String entrepreneurName,
            String sector,
            @Nullable String projectType,
            @Nullable Boolean procurement,
            String involved,
            @Nullable String deliveryForm,
            String responsible,
            String description,
            Stage stage,
            boolean shared,
            @Nullable UUID originWorkshopId,
            @Nullable UUID originTableId,
            @Nullable UUID originSketchId,
            @Nullable Instant originOccurredAt,
            Instant createdAt,
            int version,
            List<StageChange> history,
            List<CollaborationEffect> effects,
            @Nullable SroiEstimate sroi) {
        this.id = id;
        this.tenantId = tenantId;
        this.title = title;
        this.theme = theme;
        this.entrepreneurOrgnr = entrepreneurOrgnr;
        this.entrepreneurName = entrepreneurName;
        this.sector = sector;
        this.projectType = projectType;
        this.procurement = procurement;
        this.involved = involved;
        this.deliveryForm = deliveryForm;
        this.responsible = responsible;
        this.description = description;
        this.stage = stage;
        this.shared = shared;
        this.originWorkshopId = originWorkshopId;
        this.originTableId = originTableId;
        this.originSketchId = originSketchId;
        this.originOccurredAt = originOccurredAt;
        this.createdAt = createdAt;
        this.version = version;
        this.history = new ArrayList<>(history);
        this.effects = new ArrayList<>(effects);
        this.sroi = sroi;
    }

    /** A collaboration started by hand, at idé. */
    static Collaboration start(UUID tenantId, CollaborationDetails details, boolean shared, String actor, Instant now) {
        var collaboration = new Collaboration(
                UUID.randomUUID(),
                tenantId,
                details.title(),
                details.theme().key(),
                details.entrepreneurOrgnr(),
                details.entrepreneurName(),
                details.sector(),
                details.projectType() == null ? null : details.projectType().name(),
                details.procurement(),
                details.involved(),
                details.deliveryForm() == null ? null : details.deliveryForm().name(),
                details.responsible(),
                details.description(),
                Stage.IDEA,
                shared,
                null,
                null,
                null,
                null,
                now,
                0,
                List.of(new StageChange(tenantId, null, Stage.IDEA, "", actor, now)),
                List.of(),
                null);
        collaboration.started(now);
        return collaboration;
    }

    /** A collaboration a table sketched on sheet 6, at idé; its theme guessed from the sketch's words. */
    static Collaboration fromSketch(UUID tenantId, SketchFacts sketch, Instant now) {
        var collaboration = new Collaboration(
                UUID.randomUUID(),
                tenantId,
                "",
                null,
                null,
                "",
                "",
                null,
                null,
                "",
                null,
                "",
                "",
                Stage.IDEA,
                sketch.shared(),
                sketch.workshopId(),
                sketch.tableId(),
                sketch.sketchId(),
                null,
                now,
                0,
                List.of(new StageChange(tenantId, null, Stage.IDEA, "", FROM_WORKSHOP, now)),
                List.of(),
                null);
        collaboration.describe(sketch);
        collaboration.theme = ThemeGuess.of(sketch.sector(), sketch.howItWorks())
                .map(Theme::key)
                .orElse(null);
        collaboration.started(now);
        return collaboration;
    }

    /**
     * The municipality's own description replaces what it had (also what a sketch said: a later revision of the
     * sketch on sheet 6 describes it again).
     */
    void revise(CollaborationDetails details, Instant now) {
        title = details.title();
        theme = details.theme().key();
        entrepreneurOrgnr = details.entrepreneurOrgnr();
        entrepreneurName = details.entrepreneurName();
        sector = details.sector();
        projectType =
                details.projectType() == null ? null : details.projectType().name();
        procurement = details.procurement();
        involved = details.involved();
        deliveryForm =
                details.deliveryForm() == null ? null : details.deliveryForm().name();
        responsible = details.responsible();
        description = details.description();
        registerEvent(new CollaborationRevised(UUID.randomUUID(), tenantId, id, shared, theme, stage.name(), now));
    }

    /** Takes a newer description of its sketch; an older or repeated one changes nothing (returns false). */
    boolean describe(SketchFacts sketch) {
        if (originOccurredAt != null && !sketch.occurredAt().isAfter(originOccurredAt)) {
            return false;
        }
        title = clip(sketch.partnerName() + (sketch.sector().isBlank() ? "" : " – " + sketch.sector()), 200);
        entrepreneurName = clip(sketch.partnerName(), 200);
        sector = clip(sketch.sector(), 120);
        projectType = sketch.projectType();
        procurement = sketch.procurement();
        involved = clip(sketch.involved(), 500);
        deliveryForm = sketch.deliveryForm();
        description = clip(sketch.howItWorks(), 4000);
        shared = sketch.shared();
        originOccurredAt = sketch.occurredAt();
        return true;
    }

    /** Moves to another stage, if the rules of {@link Stage} allow it; the history records who, when and why. */
    void moveTo(Stage to, String reason, String actor, Instant now) {
        stage.requireMoveTo(to, reason);
        Stage from = stage;
        StageChange change = new StageChange(tenantId, from, to, reason.strip(), actor, now);
        stage = to;
        history.add(change);
        registerEvent(new CollaborationStageChanged(
                UUID.randomUUID(), tenantId, id, shared, theme, from.name(), to.name(), now));
    }

    /** Takes a newer description of an effect a table named for this collaboration's sketch (sheet 7). */
    boolean effectNamed(
            UUID sourceEffectId, Stakeholder stakeholder, String text, List<String> benefits, Instant occurredAt) {
        for (int i = 0; i < effects.size(); i++) {
            CollaborationEffect effect = effects.get(i);
            if (sourceEffectId.equals(effect.sourceEffectId())) {
                if (effect.sourceOccurredAt() != null && !occurredAt.isAfter(effect.sourceOccurredAt())) {
                    return false;
                }
                effects.set(i, effect.described(stakeholder, clip(text, 500), benefits, occurredAt));
                return true;
            }
        }
        effects.add(new CollaborationEffect(
                UUID.randomUUID(),
                tenantId,
                sourceEffectId,
                occurredAt,
                stakeholder,
                clip(text, 500),
                benefits,
                null,
                ""));
        return true;
    }

    EffectView addEffect(Stakeholder stakeholder, String text, List<Benefit> benefits) {
        var effect = new CollaborationEffect(
                UUID.randomUUID(),
                tenantId,
                null,
                null,
                stakeholder,
                text,
                benefits.stream().distinct().sorted().map(Benefit::name).toList(),
                null,
                "");
        effects.add(effect);
        return effect.view();
    }

    /** Marks an effect realised on a date, with the evidence for it. */
    EffectView realise(UUID effectId, LocalDate date, String evidence) {
        for (int i = 0; i < effects.size(); i++) {
            if (effects.get(i).id().equals(effectId)) {
                effects.set(i, effects.get(i).realised(date, evidence));
                return effects.get(i).view();
            }
        }
        throw FieldProblem.unknown("effectId", "impact.effect-not-found", effectId);
    }

    void estimate(Sroi estimate) {
        sroi = SroiEstimate.of(tenantId, estimate);
    }

    void sharingChanged(boolean shared) {
        this.shared = shared;
    }

    boolean hasEffect(UUID sourceEffectId) {
        return effects.stream().anyMatch(e -> sourceEffectId.equals(e.sourceEffectId()));
    }

    private void started(Instant now) {
        registerEvent(new CollaborationStarted(
                UUID.randomUUID(), tenantId, id, shared, theme, stage.name(), originWorkshopId, now));
    }

    CollaborationFacts facts() {
        return new CollaborationFacts(id, tenantId, shared, theme, stage);
    }

    UUID id() {
        return id;
    }

    /** The events registered and not yet published. */
    java.util.Collection<Object> registeredEvents() {
        return domainEvents();
    }

    @Nullable
    UUID originSketchId() {
        return originSketchId;
    }

    Stage stage() {
        return stage;
    }

    Optional<Sroi> sroi() {
        return Optional.ofNullable(sroi).map(SroiEstimate::sroi);
    }

    CollaborationSummary summary() {
        return new CollaborationSummary(
                id,
                title,
                theme == null ? null : Theme.fromKey(theme),
                entrepreneurName,
                stage,
                originWorkshopId,
                createdAt);
    }

    CollaborationView view(List<IndicatorView> indicators) {
        Origin origin = originWorkshopId == null
                ? null
                : new Origin(
                        originWorkshopId,
                        Objects.requireNonNull(originTableId),
                        Objects.requireNonNull(originSketchId));
        return new CollaborationView(
                id,
                title,
                theme == null ? null : Theme.fromKey(theme),
                entrepreneurOrgnr,
                entrepreneurName,
                sector,
                projectType == null ? null : ProjectType.valueOf(projectType),
                procurement,
                involved,
                deliveryForm == null ? null : DeliveryForm.valueOf(deliveryForm),
                responsible,
                description,
                stage,
                origin,
                history.stream().map(StageChange::view).toList(),
                effects.stream().map(CollaborationEffect::view).toList(),
                indicators,
                sroi().map(SroiView::of).orElse(null),
                createdAt);
    }

    private static String clip(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
