package no.samarbeid.workshops.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.workshops.evaluation.EvaluationService;
import no.samarbeid.workshops.notes.ClusterService;
import no.samarbeid.workshops.notes.ClusterView;
import no.samarbeid.workshops.notes.NoteService;
import no.samarbeid.workshops.notes.NoteView;
import no.samarbeid.workshops.templates.Myth;
import no.samarbeid.workshops.templates.ResolvedTemplate;
import no.samarbeid.workshops.templates.Sheet;
import no.samarbeid.workshops.templates.SheetKind;
import no.samarbeid.workshops.workshop.Actor;
import no.samarbeid.workshops.workshop.TableView;
import no.samarbeid.workshops.workshop.TemplateSnapshots;
import no.samarbeid.workshops.workshop.WorkshopService;
import no.samarbeid.workshops.workshop.WorkshopView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the report of a workshop of the current municipality for its facilitators and admins, at any time
 * (also while it runs): only revealed notes that were not hidden, in the agenda's order.
 */
@Service
class ReportService {

    private final WorkshopService workshops;
    private final TemplateSnapshots templates;
    private final NoteService notes;
    private final ClusterService clusters;
    private final ReportSheets sheets;
    private final EvaluationService evaluations;

    ReportService(
            WorkshopService workshops,
            TemplateSnapshots templates,
            NoteService notes,
            ClusterService clusters,
            ReportSheets sheets,
            EvaluationService evaluations) {
        this.workshops = workshops;
        this.templates = templates;
        this.notes = notes;
        this.clusters = clusters;
        this.sheets = sheets;
        this.evaluations = evaluations;
    }

    /** The report in the locale's language; 404 for a workshop the caller cannot see, 403 for participants. */
    @Transactional(readOnly = true)
    Report of(UUID workshopId, Locale locale) {
        WorkshopView workshop = workshops.get(workshopId);
        if (!Actor.current().manages()) {
            throw new AccessRefusedException("workshop.facilitators-only");
        }
        ResolvedTemplate template = templates.template(workshopId);
        List<Report.Section> sections = workshop.agenda().stream()
                .map(item -> template.sheet(item.sheetKey())
                        .map(sheet -> section(workshop, sheet, item.minutes(), locale))
                        .orElse(null))
                .filter(Objects::nonNull)
                .toList();
        return new Report(workshop, template.title().in(locale), sections, evaluations.summary(workshopId));
    }

    private Report.Section section(WorkshopView workshop, Sheet sheet, int minutes, Locale locale) {
        List<Report.TableSection> tables = sheet.kind() == SheetKind.INFORMATION
                ? List.of()
                : workshop.tables().stream()
                        .map(table -> table(workshop.id(), table, sheet, locale))
                        .filter(table -> !table.empty())
                        .toList();
        return new Report.Section(
                sheet.number(), sheet.key(), sheet.kind(), sheet.title().in(locale), minutes, tables);
    }

    private Report.TableSection table(UUID workshopId, TableView table, Sheet sheet, Locale locale) {
        List<Report.ZoneNotes> zones = zones(workshopId, table.id(), sheet, locale);
        return sheets.table(workshopId, table, sheet, zones, locale);
    }

    private List<Report.ZoneNotes> zones(UUID workshopId, UUID tableId, Sheet sheet, Locale locale) {
        List<NoteView> revealed = notes.list(workshopId, tableId, sheet.key()).stream()
                .filter(note -> note.revealed() && !note.hidden())
                .toList();
        if (revealed.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> headings = clusters.list(workshopId, tableId, sheet.key()).stream()
                .collect(Collectors.toMap(ClusterView::id, ClusterView::heading));
        Map<String, List<Report.ReportNote>> byZone = revealed.stream()
                .collect(Collectors.groupingBy(
                        NoteView::zoneKey,
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(note -> note(note, headings), Collectors.toList())));
        return byZone.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(zone -> position(sheet, zone.getKey())))
                .map(zone -> zone(zone.getKey(), zone.getValue(), sheet, locale))
                .toList();
    }

    /** Where a zone (or a myth used as a zone) sits on the sheet; unknown keys last. */
    private static int position(Sheet sheet, String key) {
        for (int i = 0; i < sheet.zones().size(); i++) {
            if (sheet.zones().get(i).key().equals(key)) {
                return i;
            }
        }
        for (int i = 0; i < sheet.myths().size(); i++) {
            if (sheet.myths().get(i).key().equals(key)) {
                return sheet.zones().size() + i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Report.ReportNote note(NoteView note, Map<UUID, String> headings) {
        String cluster = note.clusterId() == null ? null : headings.get(note.clusterId());
        return new Report.ReportNote(note.text(), note.perspective(), note.author(), cluster, note.votes());
    }

    private static Report.ZoneNotes zone(String key, List<Report.ReportNote> notes, Sheet sheet, Locale locale) {
        String title = sheet.zone(key)
                .map(zone -> zone.title().in(locale))
                .or(() -> sheet.myths().stream()
                        .filter(myth -> myth.key().equals(key))
                        .map(Myth::text)
                        .map(text -> text.in(locale))
                        .findFirst())
                .orElse(key);
        Map<String, List<Report.ReportNote>> clustered = notes.stream()
                .filter(note -> note.cluster() != null)
                .collect(Collectors.groupingBy(
                        Report.ReportNote::cluster, java.util.LinkedHashMap::new, Collectors.toList()));
        List<Report.ClusterNotes> clusters = clustered.entrySet().stream()
                .map(entry -> new Report.ClusterNotes(entry.getKey(), entry.getValue()))
                .toList();
        return new Report.ZoneNotes(
                key,
                title,
                clusters,
                notes.stream().filter(note -> note.cluster() == null).toList());
    }
}
