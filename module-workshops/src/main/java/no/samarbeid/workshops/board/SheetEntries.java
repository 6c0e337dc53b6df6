package no.samarbeid.workshops.board;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samarbeid.workshops.sheets.effects.EffectBenefit;
import no.samarbeid.workshops.sheets.effects.EffectService;
import no.samarbeid.workshops.sheets.effects.EffectStakeholder;
import no.samarbeid.workshops.sheets.effects.EffectView;
import no.samarbeid.workshops.sheets.effects.MeasureService;
import no.samarbeid.workshops.sheets.myths.MythAssessmentView;
import no.samarbeid.workshops.sheets.myths.MythLives;
import no.samarbeid.workshops.sheets.myths.MythService;
import no.samarbeid.workshops.sheets.myths.MythSheetView;
import no.samarbeid.workshops.sheets.myths.ProcurementThresholds;
import no.samarbeid.workshops.sheets.partners.PartnerService;
import no.samarbeid.workshops.sheets.partners.PartnerView;
import no.samarbeid.workshops.sheets.partners.PartnerZone;
import no.samarbeid.workshops.sheets.partners.SketchDeliveryForm;
import no.samarbeid.workshops.sheets.partners.SketchProjectType;
import no.samarbeid.workshops.sheets.partners.SketchService;
import no.samarbeid.workshops.sheets.reflection.NextStepService;
import no.samarbeid.workshops.sheets.reflection.ReflectionService;
import no.samarbeid.workshops.templates.SheetKind;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a table has entered on a structured sheet (5-10), and the choices its forms offer, for the board. */
@Component
class SheetEntries {

    private final PartnerService partners;
    private final SketchService sketches;
    private final EffectService effects;
    private final MeasureService measures;
    private final MythService myths;
    private final ReflectionService reflections;
    private final NextStepService nextSteps;
    private final ProcurementThresholds thresholds;

    SheetEntries(
            PartnerService partners,
            SketchService sketches,
            EffectService effects,
            MeasureService measures,
            MythService myths,
            ReflectionService reflections,
            NextStepService nextSteps,
            ProcurementThresholds thresholds) {
        this.partners = partners;
        this.sketches = sketches;
        this.effects = effects;
        this.measures = measures;
        this.myths = myths;
        this.reflections = reflections;
        this.nextSteps = nextSteps;
        this.thresholds = thresholds;
    }

    void fill(Model model, UUID workshopId, UUID tableId, SheetKind kind, Days days, Locale locale) {
        switch (kind) {
            case PARTNER_LIST -> {
                model.addAttribute("partnerZones", PartnerZone.values());
                model.addAttribute(
                        "partnerGroups",
                        grouped(PartnerZone.values(), partners.all(workshopId, tableId), PartnerView::zone));
            }
            case COLLABORATION_SKETCH -> {
                model.addAttribute("partners", partners.all(workshopId, tableId));
                model.addAttribute("sketches", sketches.all(workshopId, tableId));
                model.addAttribute("projectTypes", SketchProjectType.values());
                model.addAttribute("deliveryForms", SketchDeliveryForm.values());
            }
            case EFFECTS -> {
                model.addAttribute("sketches", sketches.all(workshopId, tableId));
                model.addAttribute("stakeholders", EffectStakeholder.values());
                model.addAttribute("benefits", EffectBenefit.values());
                model.addAttribute(
                        "effectGroups",
                        grouped(EffectStakeholder.values(), effects.all(workshopId, tableId), EffectView::stakeholder));
            }
            case MEASURES -> {
                model.addAttribute("sketches", sketches.all(workshopId, tableId));
                List<EffectView> all = effects.all(workshopId, tableId);
                model.addAttribute("effects", all);
                model.addAttribute(
                        "effectTexts", all.stream().collect(Collectors.toMap(EffectView::id, EffectView::text)));
                model.addAttribute("measures", measures.all(workshopId, tableId));
            }
            case MYTHS -> {
                MythSheetView sheet = myths.sheet(workshopId, tableId);
                model.addAttribute("mythLives", MythLives.values());
                model.addAttribute(
                        "assessments",
                        sheet.myths().stream()
                                .collect(Collectors.toMap(MythAssessmentView::mythKey, Function.identity())));
                model.addAttribute("otherMyths", sheet.otherMyths());
                model.addAttribute("thresholds", thresholds.on(days.workshop(), locale));
                model.addAttribute("thresholdsOn", ProcurementThresholds.date(days.workshop(), locale));
            }
            case REFLECTION -> {
                model.addAttribute("reflection", reflections.get(workshopId, tableId));
                model.addAttribute("nextSteps", nextSteps.all(workshopId, tableId));
                model.addAttribute("today", days.today());
            }
            default -> {}
        }
    }

    /** The items by the name of their group, every group in order, empty ones too. */
    static <E extends Enum<E>, T> Map<String, List<T>> grouped(E[] groups, List<T> items, Function<T, E> group) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        for (E each : groups) {
            grouped.put(
                    each.name(),
                    items.stream().filter(item -> group.apply(item) == each).toList());
        }
        return grouped;
    }

    /** The workshop's day (whose procurement rules apply) and today in Norway (the earliest due date). */
    record Days(LocalDate workshop, LocalDate today) {}
}
