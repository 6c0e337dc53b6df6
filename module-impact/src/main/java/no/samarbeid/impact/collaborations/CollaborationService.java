package no.samarbeid.impact.collaborations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.web.NotFoundException;
import no.samarbeid.impact.access.ImpactAccess;
import no.samarbeid.impact.problems.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's collaborations: list, read, start by hand, move through stages, effects and SROI. */
@Service
class CollaborationService {

    private final Collaborations collaborations;
    private final Indicators indicators;
    private final TenantDirectory tenants;
    private final Clock clock;
    private final MessageSource messages;

    CollaborationService(
            Collaborations collaborations,
            Indicators indicators,
            TenantDirectory tenants,
            Clock clock,
            MessageSource messages) {
        this.collaborations = collaborations;
        this.indicators = indicators;
        this.tenants = tenants;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<CollaborationSummary> all() {
        ImpactAccess.reader();
        return collaborations.findAllByOrderByCreatedAtDesc().stream()
                .map(Collaboration::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public CollaborationView get(UUID id) {
        ImpactAccess.reader();
        return view(find(id));
    }

    /** The collaboration as CIDS JSON-LD (basic tier), see {@link CidsExport}. */
    @Transactional(readOnly = true)
    public Map<String, Object> cids(UUID id) {
        var caller = ImpactAccess.reader();
        CollaborationView view = view(find(id));
        Locale locale = LocaleContextHolder.getLocale();
        String themeName =
                view.theme() == null ? "" : messages.getMessage(view.theme().messageKey(), null, locale);
        String themeDescription = messages.getMessage("impact.cids.theme", new Object[] {themeName}, locale);
        return CidsExport.of(
                view,
                caller.tenant().id().value(),
                tenants.get(caller.tenant().id()).name(),
                themeName,
                themeDescription);
    }

    @Transactional
    public CollaborationView start(CollaborationDetails details) {
        var caller = ImpactAccess.writer();
        boolean shared = tenants.get(caller.tenant().id()).sharesNationally();
        Collaboration collaboration =
                Collaboration.start(caller.tenant().id().value(), details, shared, caller.username(), clock.instant());
        return view(collaborations.save(collaboration));
    }

    /** Replaces the collaboration's description with the municipality's. */
    @Transactional
    public CollaborationView revise(UUID id, CollaborationDetails details) {
        ImpactAccess.writer();
        Collaboration collaboration = find(id);
        collaboration.revise(details, clock.instant());
        return view(collaborations.save(collaboration));
    }

    @Transactional
    public CollaborationView move(UUID id, Stage stage, String reason) {
        var caller = ImpactAccess.writer();
        Collaboration collaboration = find(id);
        collaboration.moveTo(stage, reason, caller.username(), clock.instant());
        return view(collaborations.save(collaboration));
    }

    @Transactional
    public EffectView addEffect(UUID id, Stakeholder stakeholder, String text, List<Benefit> benefits) {
        ImpactAccess.writer();
        Collaboration collaboration = find(id);
        EffectView effect = collaboration.addEffect(stakeholder, text, benefits);
        collaborations.save(collaboration);
        return effect;
    }

    @Transactional
    public EffectView realise(UUID id, UUID effectId, LocalDate date, String evidence) {
        ImpactAccess.writer();
        Collaboration collaboration = find(id);
        EffectView effect = collaboration.realise(effectId, date, evidence);
        collaborations.save(collaboration);
        return effect;
    }

    @Transactional
    public SroiView estimate(UUID id, Sroi sroi) {
        ImpactAccess.writer();
        Collaboration collaboration = find(id);
        collaboration.estimate(sroi);
        collaborations.save(collaboration);
        return SroiView.of(sroi);
    }

    @Transactional
    public IndicatorView defineIndicator(UUID id, IndicatorDetails details) {
        ImpactAccess.writer();
        Collaboration collaboration = find(id);
        return indicators
                .save(Indicator.define(collaboration.facts(), details, clock.instant()))
                .view();
    }

    @Transactional
    public IndicatorView reviseIndicator(UUID id, UUID indicatorId, IndicatorDetails details) {
        ImpactAccess.writer();
        Collaboration collaboration = find(id);
        Indicator indicator = indicator(collaboration, indicatorId);
        indicator.revise(collaboration.facts(), details, clock.instant());
        return indicators.save(indicator).view();
    }

    @Transactional
    public MeasurementView record(UUID id, UUID indicatorId, MeasurementDetails details) {
        var caller = ImpactAccess.writer();
        Collaboration collaboration = find(id);
        Indicator indicator = indicator(collaboration, indicatorId);
        MeasurementView measurement =
                indicator.record(collaboration.facts(), details, caller.username(), clock.instant());
        indicators.save(indicator);
        return measurement;
    }

    private Indicator indicator(Collaboration collaboration, UUID indicatorId) {
        return indicators
                .findById(indicatorId)
                .filter(i -> i.collaborationId().equals(collaboration.id()))
                .orElseThrow(() -> FieldProblem.unknown("indicatorId", "impact.indicator-not-found", indicatorId));
    }

    private Collaboration find(UUID id) {
        return collaborations.findById(id).orElseThrow(() -> new NotFoundException("impact.collaboration-not-found"));
    }

    private CollaborationView view(Collaboration collaboration) {
        return collaboration.view(indicators.findByCollaborationIdOrderByCreatedAt(collaboration.id()).stream()
                .map(Indicator::view)
                .toList());
    }
}
