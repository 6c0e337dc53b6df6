package no.samarbeid.workshops.report;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import no.samarbeid.workshops.sheets.effects.EffectService;
import no.samarbeid.workshops.sheets.effects.EffectView;
import no.samarbeid.workshops.sheets.effects.MeasureService;
import no.samarbeid.workshops.sheets.effects.MeasureView;
import no.samarbeid.workshops.sheets.myths.MythService;
import no.samarbeid.workshops.sheets.myths.MythSheetView;
import no.samarbeid.workshops.sheets.partners.PartnerService;
import no.samarbeid.workshops.sheets.partners.PartnerView;
import no.samarbeid.workshops.sheets.partners.SketchService;
import no.samarbeid.workshops.sheets.partners.SketchView;
import no.samarbeid.workshops.sheets.reflection.NextStepService;
import no.samarbeid.workshops.sheets.reflection.ReflectionService;
import no.samarbeid.workshops.templates.Myth;
import no.samarbeid.workshops.templates.Sheet;
import no.samarbeid.workshops.workshop.TableView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads what a table filled in on a structured sheet (partners, sketch, effects, measures, myths, reflection). */
@Component
class ReportSheets {

    private final PartnerService partners;
    private final SketchService sketches;
    private final EffectService effects;
    private final MeasureService measures;
    private final MythService myths;
    private final ReflectionService reflections;
    private final NextStepService nextSteps;

    ReportSheets(
            PartnerService partners,
            SketchService sketches,
            EffectService effects,
            MeasureService measures,
            MythService myths,
            ReflectionService reflections,
            NextStepService nextSteps) {
        this.partners = partners;
        this.sketches = sketches;
        this.effects = effects;
        this.measures = measures;
        this.myths = myths;
        this.reflections = reflections;
        this.nextSteps = nextSteps;
    }

    Report.TableSection table(
            UUID workshopId, TableView table, Sheet sheet, List<Report.ZoneNotes> zones, Locale locale) {
        UUID id = table.id();
        return switch (sheet.kind()) {
            case PARTNER_LIST -> section(table, zones, partners.all(workshopId, id), List.of(), List.of(), List.of());
            case COLLABORATION_SKETCH ->
                section(table, zones, List.of(), sketches.all(workshopId, id), List.of(), List.of());
            case EFFECTS -> section(table, zones, List.of(), List.of(), effects.all(workshopId, id), List.of());
            case MEASURES -> section(table, zones, List.of(), List.of(), List.of(), measures.all(workshopId, id));
            case MYTHS ->
                new Report.TableSection(
                        table.name(),
                        zones,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        myths(workshopId, id, sheet, locale),
                        List.of(),
                        List.of());
            case REFLECTION ->
                new Report.TableSection(
                        table.name(),
                        zones,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        answers(workshopId, id, locale),
                        nextSteps.all(workshopId, id));
            default -> section(table, zones, List.of(), List.of(), List.of(), List.of());
        };
    }

    private static Report.TableSection section(
            TableView table,
            List<Report.ZoneNotes> zones,
            List<PartnerView> partners,
            List<SketchView> sketches,
            List<EffectView> effects,
            List<MeasureView> measures) {
        return new Report.TableSection(
                table.name(), zones, partners, sketches, effects, measures, List.of(), List.of(), List.of());
    }

    private List<Report.MythRow> myths(UUID workshopId, UUID tableId, Sheet sheet, Locale locale) {
        MythSheetView view = myths.sheet(workshopId, tableId);
        var known = view.myths().stream()
                .map(m -> new Report.MythRow(mythText(sheet, m.mythKey(), locale), m.lives(), m.buster()));
        var others = view.otherMyths().stream()
                .map(m -> new Report.MythRow(m.text() == null ? "" : m.text(), m.lives(), m.buster()));
        return Stream.concat(known, others).toList();
    }

    private static String mythText(Sheet sheet, @Nullable String key, Locale locale) {
        return sheet.myths().stream()
                .filter(myth -> myth.key().equals(key))
                .map(Myth::text)
                .map(text -> text.in(locale))
                .findFirst()
                .orElse(key == null ? "" : key);
    }

    private List<Report.Answer> answers(UUID workshopId, UUID tableId, Locale locale) {
        return reflections.get(workshopId, tableId).questions().stream()
                .filter(item -> !item.answer().isBlank())
                .map(item -> new Report.Answer(item.question().in(locale), item.answer()))
                .toList();
    }
}
