package no.samarbeid.workshops.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.workshops.live.PageConnections;
import no.samarbeid.workshops.notes.ClusterService;
import no.samarbeid.workshops.notes.ClusterView;
import no.samarbeid.workshops.notes.NoteService;
import no.samarbeid.workshops.notes.NoteView;
import no.samarbeid.workshops.templates.LocalizedText;
import no.samarbeid.workshops.templates.Sheet;
import no.samarbeid.workshops.workshop.Phase;
import no.samarbeid.workshops.workshop.ReadyCheck;
import no.samarbeid.workshops.workshop.TableView;
import no.samarbeid.workshops.workshop.TemplateSnapshots;
import no.samarbeid.workshops.workshop.WorkshopAccess;
import no.samarbeid.workshops.workshop.WorkshopService;
import no.samarbeid.workshops.workshop.WorkshopView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What a table's pages show (board, the facilitator's table view, projector): the workshop, the table, its open
 * sheet from the pinned template, and the notes the caller may see grouped by zone, with clusters.
 */
@Component
class BoardPageModel {

    private final WorkshopService workshops;
    private final TemplateSnapshots templates;
    private final NoteService notes;
    private final ClusterService clusters;
    private final PageConnections connections;
    private final ReadyCheck readyCheck;

    BoardPageModel(
            WorkshopService workshops,
            TemplateSnapshots templates,
            NoteService notes,
            ClusterService clusters,
            PageConnections connections,
            ReadyCheck readyCheck) {
        this.readyCheck = readyCheck;
        this.workshops = workshops;
        this.templates = templates;
        this.notes = notes;
        this.clusters = clusters;
        this.connections = connections;
    }

    /** In one read-only transaction, so the tenant is set for every read (the template snapshot included). */
    @Transactional(readOnly = true)
    void fill(Model model, UUID workshopId, UUID tableId) {
        WorkshopView workshop = workshops.get(workshopId);
        TableView table = workshop.tables().stream()
                .filter(candidate -> candidate.id().equals(tableId))
                .findFirst()
                .orElseThrow(WorkshopAccess::notFound);
        Sheet sheet = table.sheetKey() == null
                ? null
                : templates.template(workshopId).sheet(table.sheetKey()).orElse(null);
        List<NoteView> visible = notes.list(workshopId, tableId, null);
        model.addAttribute("workshop", workshop);
        model.addAttribute("table", table);
        model.addAttribute("sheet", sheet);
        boolean revealed = table.phase() != null && Phase.valueOf(table.phase()).revealed();
        List<NoteView> onSheet = visible.stream()
                .filter(note -> note.sheetKey().equals(table.sheetKey()))
                .toList();
        int spent = onSheet.stream().mapToInt(NoteView::myVotes).sum();
        boolean voted = onSheet.stream().anyMatch(note -> note.votes() > 0);
        model.addAttribute("dotsLeft", Math.max(0, workshop.dotsPerPerson() - spent));
        model.addAttribute("zones", zones(sheet, revealed && voted ? byVotes(visible) : visible));
        List<ClusterView> gathered = sheet == null ? List.of() : clusters.list(workshopId, tableId, null);
        model.addAttribute("clusters", gathered);
        model.addAttribute("clusterNotes", clusterNotes(gathered, visible));
        model.addAttribute("revealed", revealed);
        model.addAttribute("connected", connections.count(tableId));
        boolean facilitator = workshops.managedByMe(workshopId);
        model.addAttribute("facilitator", facilitator);
        model.addAttribute("ready", !facilitator && readyCheck.isReady(workshopId, tableId));
        model.addAttribute("base", "/workshops/" + workshopId + "/bord/" + tableId);
        if (!model.containsAttribute("formState")) {
            model.addAttribute("formState", FormState.none());
        }
    }

    /** Each cluster with its notes the caller sees, in the notes' order. */
    static List<ClusterNotes> clusterNotes(List<ClusterView> clusters, List<NoteView> notes) {
        return clusters.stream()
                .map(cluster -> new ClusterNotes(
                        cluster.id(),
                        cluster.heading(),
                        notes.stream()
                                .filter(note -> cluster.noteIds().contains(note.id()))
                                .toList()))
                .toList();
    }

    /** After voting, the notes with the most dots first (a stable sort keeps the order of ties). */
    private static List<NoteView> byVotes(List<NoteView> notes) {
        return notes.stream()
                .sorted(java.util.Comparator.comparingInt(NoteView::votes).reversed())
                .toList();
    }

    @SuppressWarnings("unchecked")
    static List<ZoneNotes> zonesOf(Model model) {
        return (List<ZoneNotes>) model.getAttribute("zones");
    }

    /** The sheet's zones (or myths) in order, each with its notes; notes in unknown zones go last. */
    static List<ZoneNotes> zones(@Nullable Sheet sheet, List<NoteView> notes) {
        Map<String, ZoneNotes> byKey = new LinkedHashMap<>();
        if (sheet != null) {
            sheet.zones()
                    .forEach(zone -> byKey.put(zone.key(), new ZoneNotes(zone.key(), zone.title(), new ArrayList<>())));
            sheet.myths()
                    .forEach(myth -> byKey.put(myth.key(), new ZoneNotes(myth.key(), myth.text(), new ArrayList<>())));
        }
        for (NoteView note : notes) {
            byKey.computeIfAbsent(note.zoneKey(), key -> new ZoneNotes(key, null, new ArrayList<>()))
                    .notes()
                    .add(note);
        }
        return List.copyOf(byKey.values());
    }

    /** A cluster's heading and its notes. */
    record ClusterNotes(UUID id, String heading, List<NoteView> notes) {}

    /** A zone's key, title (null for unknown zones) and notes. */
    record ZoneNotes(String key, @Nullable LocalizedText title, List<NoteView> notes) {

        public String titleIn(Locale locale) {
            return title == null ? key : title.in(locale);
        }
    }
}
